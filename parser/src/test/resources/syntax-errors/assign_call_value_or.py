f() = a or b
