import threading
import time

results = []
results_lock = threading.Lock()


def work(n, scale=1):
    with results_lock:
        results.append((n, n * n * scale, threading.current_thread().name))


threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 2}) for i in range(5)]
print([t.is_alive() for t in threads], [t.ident for t in threads][:1])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], all(isinstance(t.ident, int) for t in threads))
print(threads[0].name.startswith("Thread-"), threads[0].name.endswith(" (work)"))


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name="squarer-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = (self.n ** 2, threading.current_thread() is self, threading.current_thread().name)


s = Squarer(7)
s.start()
s.join()
print(s.result, s.is_alive(), s.daemon, s.name)

print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == threading.main_thread().ident, isinstance(threading.get_native_id(), int))
d = threading.Thread(target=lambda: None, name="d1", daemon=True)
print(d.daemon, d.name, repr(d))

# a shared counter under a lock
counter = [0]
lock = threading.Lock()


def bump(times):
    for _ in range(times):
        with lock:
            counter[0] += 1


ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter[0])

# Lock
l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01), l.acquire(True, 0))
l.release()
print(l.locked())
with l:
    print("in with", l.locked())
print(l.locked())

# RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
with r:
    with r:
        print("rlock nested")
other = []
r.acquire()
t = threading.Thread(target=lambda: other.append(r.acquire(timeout=0.01)))
t.start()
t.join()
r.release()
print("other thread got rlock:", other)


def release_foreign():
    try:
        r.release()
    except RuntimeError as e:
        other.append(str(e))


r.acquire()
t = threading.Thread(target=release_foreign)
t.start()
t.join()
r.release()
print(other)

# Event
ev = threading.Event()
seen = []


def waiter():
    seen.append(ev.wait())


ws = [threading.Thread(target=waiter) for _ in range(3)]
for w in ws:
    w.start()
print(ev.is_set(), ev.wait(0.01))
ev.set()
for w in ws:
    w.join()
print(seen, ev.is_set())
ev.clear()
print(ev.is_set())

# Condition: producer / consumer
cond = threading.Condition()
items = []
consumed = []


def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("consumed", consumed)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 42, 0.01))
cond2 = threading.Condition(threading.Lock())
with cond2:
    cond2.notify_all()
    print(cond2.wait(0))

# Semaphore: at most 2 inside at once
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
state = threading.Lock()


def limited():
    with sem:
        with state:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        with state:
            inside[0] -= 1


ss = [threading.Thread(target=limited) for _ in range(6)]
for t in ss:
    t.start()
for t in ss:
    t.join()
print("peak", peak[0] <= 2, inside[0])
s1 = threading.Semaphore(1)
print(s1.acquire(), s1.acquire(False), s1.acquire(timeout=0.01))
s1.release(3)
print(s1.acquire(False), s1.acquire(False), s1.acquire(False), s1.acquire(False))
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
print(fired)

# local
data = threading.local()
data.x = "main"
got = []


def use_local(n):
    got.append((n, hasattr(data, "x")))
    data.x = n
    time.sleep(0.005)
    got.append((n, data.x))


lts = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in lts:
    t.start()
for t in lts:
    t.join()
print(sorted(got), data.x)


class MyLocal(threading.local):
    def __init__(self, start):
        self.value = start
        self.inits = getattr(self, "inits", 0) + 1


ml = MyLocal(10)
ml.value += 1
out = []
t = threading.Thread(target=lambda: out.append((ml.value, ml.inits)))
t.start()
t.join()
print(out, ml.value, ml.__dict__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)

# Barrier
barrier = threading.Barrier(3, action=lambda: passed.append("action"))
passed = []
idx = []


def at_barrier():
    i = barrier.wait()
    with results_lock:
        idx.append(i)


bt = [threading.Thread(target=at_barrier) for _ in range(3)]
for t in bt:
    t.start()
for t in bt:
    t.join()
print(sorted(idx), passed, barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError:
    print("broken", b2.broken)

# errors
for f in (lambda: threading.Lock().release(), lambda: threading.Lock().acquire(False, 1),
          lambda: threading.Lock().acquire(True, -2), lambda: threading.RLock().release(),
          lambda: threading.Semaphore(-1), lambda: threading.Semaphore().release(0),
          lambda: threading.Condition().wait(), lambda: threading.Condition().notify(),
          lambda: threading.Thread().join(), lambda: threading.current_thread().join(),
          lambda: threading.Semaphore().acquire(False, 1)):
    try:
        f()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
done = threading.Thread(target=lambda: None)
done.start()
done.join()
try:
    done.start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    done.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1e9)
