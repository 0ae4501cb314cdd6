def f(c):
    try:
        pass
    except* ValueError:
        with c:
            return
