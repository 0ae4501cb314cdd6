f(x < not y)
