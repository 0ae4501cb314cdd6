# An exception with several args prints the args tuple.
print("raising")
raise ValueError("bad", 42)
