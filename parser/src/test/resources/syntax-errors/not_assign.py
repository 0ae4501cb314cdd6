not = 1
