def f() -> lambda: pass
