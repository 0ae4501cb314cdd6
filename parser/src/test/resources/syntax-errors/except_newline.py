try:
    pass
except a
    pass
