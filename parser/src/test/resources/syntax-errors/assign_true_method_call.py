True.x() = 1
