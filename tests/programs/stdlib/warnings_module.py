import sys, warnings
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
cap = Cap()
sys.stderr = cap
def f():
    warnings.warn("careful")
def g():
    warnings.warn("deep", RuntimeWarning, stacklevel=2)
for i in range(3):
    f()
g()
warnings.warn("dep", DeprecationWarning)
def d(): warnings.warn("dep2", DeprecationWarning)
d()
warnings.warn(UserWarning("inst"))
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn("x", SyntaxWarning)
    print(len(w), [str(m.message) for m in w], w[0].category.__name__, w[0].lineno)
    print(str(w[0]).replace(__file__, "FILE"))
warnings.filterwarnings("ignore", "car")
f()
warnings.filterwarnings("ignore", message="sp.*m", category=UserWarning)
warnings.warn("spam")
warnings.warn("Spam2")
try:
    warnings.warn("x", int)
except TypeError as e: print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e: print("AE", e)
sys.stderr = sys.__stderr__
print("".join(cap.parts).replace(__file__, "FILE"), end="")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  code  "), end="")
