with a:
    pass
    for x in y: