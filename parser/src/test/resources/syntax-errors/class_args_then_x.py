class C(a) x:
    pass
