# Uncaught ZeroDivisionError after some output.
def ratio(a, b):
    return a / b
for b in [4, 2, 1]:
    print(ratio(8, b))
print(ratio(1, 0))
