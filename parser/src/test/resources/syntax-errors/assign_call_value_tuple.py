f() = a, b
