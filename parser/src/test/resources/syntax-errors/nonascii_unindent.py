if x:
        a = 1
    é = 1
