[x for x in y].c() = 1
