def f() -> a +: pass
