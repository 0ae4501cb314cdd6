import numbers
print([isinstance(x, numbers.Integral) for x in (1, True, 1.5, 2j)], [isinstance(x, numbers.Real) for x in (1, 1.5, 2j)], isinstance(2j, numbers.Complex), isinstance("1", numbers.Number))
print(issubclass(int, numbers.Number), issubclass(float, numbers.Rational))
class MyNum(numbers.Integral):
    pass
try:
    MyNum()
except TypeError as e:
    print(str(e)[:60])
