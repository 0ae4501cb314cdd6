while a b:
    pass
