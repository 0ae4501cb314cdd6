try:
    pass

# c
x = 1
