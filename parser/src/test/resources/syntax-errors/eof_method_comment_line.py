class C:
    def f(self):
# c
