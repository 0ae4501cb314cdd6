def f():
    """unterminated docstring
    x = 1
