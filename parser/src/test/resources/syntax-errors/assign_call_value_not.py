f() = not x
