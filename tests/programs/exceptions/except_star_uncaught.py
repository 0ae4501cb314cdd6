# golden: full stderr
# An exception group escaping try/except*: the clause raised a new exception, part of the group
# was not handled; printed in CPython's boxed format (checked line by line with python3's).
def check(n):
    if n % 3 == 0:
        raise ValueError(f"bad value {n}")
    if n % 3 == 1:
        raise TypeError(f"bad type {n}")


def check_all(items):
    errors = []
    for n in items:
        try:
            check(n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("check_all failed", errors)


def retry(n):
    try:
        try:
            check(n)
        except ValueError:
            raise
    except ValueError as e:
        e.add_note(f"after retrying {n}")
        raise


def process():
    try:
        check_all([0, 1, 2, 3, 4])
    except* ValueError as eg:
        for e in eg.exceptions:
            print("handled", e)
        retry(6)


process()
