# Error accumulation and reporting patterns (without exception groups).
class Errors(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors
def check_all(values):
    errs = []
    for i, v in enumerate(values):
        try:
            if not isinstance(v, int):
                raise TypeError(f"item {i}: expected int, got {type(v).__name__}")
            if v < 0:
                raise ValueError(f"item {i}: negative {v}")
        except (TypeError, ValueError) as e:
            errs.append(e)
    if errs:
        raise Errors(errs)
    return sum(values)
for vals in [[1, 2, 3], [1, -2, "x", 4.0, -5]]:
    try:
        print("sum", check_all(vals))
    except Errors as e:
        print(e)
        for sub in e.errors:
            print("  ", type(sub).__name__, sub)
def cleanup_order():
    log = []
    resources = ["db", "cache", "file"]
    acquired = []
    try:
        for r in resources:
            if r == "file":
                raise OSError(f"cannot open {r}")
            acquired.append(r)
            log.append(f"acquired {r}")
    except OSError as e:
        log.append(f"error: {e}")
    finally:
        for r in reversed(acquired):
            log.append(f"released {r}")
    return log
for line in cleanup_order():
    print(line)
