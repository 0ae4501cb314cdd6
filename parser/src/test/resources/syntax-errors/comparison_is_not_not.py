x is not not y
