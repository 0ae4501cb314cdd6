# Single inheritance, overriding, super(), isinstance/issubclass.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak().lower() + "!"
    def describe(self):
        return super().describe() + f" (age {self.age})"
class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "Meow"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(a.describe())
p = Puppy("Bit", 1)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, (Cat, Animal)), issubclass(bool, object))
print(Puppy.__bases__[0].__name__, Puppy.__mro__[1].__name__, [c.__name__ for c in Puppy.__mro__])
print(type(p).__name__, p.__class__.__name__, type(p) is Puppy, Puppy.__name__, Puppy.__qualname__)
print(Dog.speak(p), Animal.speak(p), Animal.describe(p))
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
