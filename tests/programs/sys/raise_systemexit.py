# raise SystemExit(n) deep in the call stack.
def level3():
    print("level3")
    raise SystemExit(7)
def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")
def level1():
    with Ctx():
        level2()
class Ctx:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, e, tb):
        print("exit with", t.__name__, e.code)
        return False
level1()
