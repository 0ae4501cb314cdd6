[x for x in range(10) if x else 0]
