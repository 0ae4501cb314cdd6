f() = not x or y
