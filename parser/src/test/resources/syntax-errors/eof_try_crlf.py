try:
    pass
