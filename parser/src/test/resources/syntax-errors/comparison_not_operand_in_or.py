a or x < not y
