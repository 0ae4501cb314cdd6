for i in range(5):
    try:
        pass
    except* Exception as e:
        if i == 2:
            break
    finally:
        return 0
