"""Runs a benchmark program's main() N times in one CPython (or PyPy) process.

usage: python3 bench/harness.py N program.py
The program is executed once as a module (not as __main__), then main() is called N times;
each call's seconds are printed, and the output of the first call.
"""
import io
import sys
import time

n = int(sys.argv[1])
path = sys.argv[2]
with open(path) as f:
    code = compile(f.read(), path, "exec")
namespace = {"__name__": "__bench__", "__file__": path}
exec(code, namespace)
main = namespace["main"]
real_stdout = sys.stdout
times = []
for i in range(n):
    sys.stdout = io.StringIO()
    t0 = time.perf_counter()
    main()
    times.append(time.perf_counter() - t0)
    if i == 0:
        first_output = sys.stdout.getvalue()
sys.stdout = real_stdout
print("OUTPUT", repr(first_output))
print("TIMES", " ".join("%.6f" % t for t in times))
