if x:
    pass
elif