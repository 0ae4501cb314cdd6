# KeyError with a tuple key and a KeyError with no args.
grid = {(0, 0): "start"}
print(grid[(0, 0)])
try:
    raise KeyError()
except KeyError as e:
    print("empty KeyError:", repr(str(e)))
print(grid[(1, 2)])
