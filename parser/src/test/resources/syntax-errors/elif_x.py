if a:
    pass
elif b c:
    pass
