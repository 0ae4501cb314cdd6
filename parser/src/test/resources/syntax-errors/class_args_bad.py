class C(a=):
    pass
