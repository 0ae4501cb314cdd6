f"{(yield)}"
