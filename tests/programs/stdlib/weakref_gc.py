import weakref, gc
class A:
    def m(self):
        return "m"
a = A()
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), r.__callback__)
log = []
r2 = weakref.ref(a, lambda ref: log.append("cb"))
print(weakref.getweakrefcount(a), r == r2, hash(r) == hash(a))
del a
gc.collect()
print(r(), r2(), log, weakref.getweakrefcount(A()))
for bad in (1, "s", [1], {}, (1,)):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
d = weakref.WeakValueDictionary()
k1, k2 = A(), A()
d["x"] = k1
d["y"] = k2
print(sorted(d.keys()), d["x"] is k1, "y" in d, len(d))
del k2
gc.collect()
print(sorted(d.keys()), len(d), d.get("y", "gone"))
wk = weakref.WeakKeyDictionary()
o1 = A()
wk[o1] = 1
print(len(wk), wk[o1], o1 in wk)
ws = weakref.WeakSet([o1])
print(len(ws), o1 in ws)
b = A()
wm = weakref.WeakMethod(b.m)
print(wm()(), wm() == b.m)
fin_log = []
c = A()
f = weakref.finalize(c, fin_log.append, "finalized")
print(f.alive)
del c
gc.collect()
print(fin_log, f.alive)
p = weakref.proxy(o1)
print(p.m(), isinstance(p, weakref.ProxyType))
print(gc.isenabled(), gc.collect() >= 0, gc.get_threshold()[0] > 0)
