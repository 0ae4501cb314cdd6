while True:
    # nothing
x = 1
