import collections
P = collections.namedtuple("P", "x y")
P.x.__doc__ = "the x"
print(P.x.__doc__, P.__doc__, P(1, 2))
