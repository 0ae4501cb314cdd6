x not in not y
