x < not y
