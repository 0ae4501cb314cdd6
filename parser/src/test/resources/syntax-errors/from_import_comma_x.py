from x import a, 1
