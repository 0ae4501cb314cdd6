while x:
