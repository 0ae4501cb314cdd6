class C(x for x in y, 1):
    pass
