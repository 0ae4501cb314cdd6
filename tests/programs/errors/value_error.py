# Uncaught ValueError from int() parsing.
for s in ["10", "20", "thirty"]:
    print(int(s) * 2)
