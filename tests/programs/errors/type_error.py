# Uncaught TypeError from mixing types.
total = 0
for v in [1, 2, "3"]:
    print("adding", repr(v))
    total = total + v
