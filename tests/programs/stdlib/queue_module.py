import queue
import threading

q = queue.Queue()
out = []
out_lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with out_lock:
            out.append(item * 10)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print(sorted(out))
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(q.empty(), q.qsize(), q.unfinished_tasks)

# bounded queue with a slow consumer
bq = queue.Queue(maxsize=2)
got = []


def consume():
    for _ in range(10):
        got.append(bq.get())


c = threading.Thread(target=consume)
c.start()
for i in range(10):
    bq.put(i)
c.join()
print(got)

fq = queue.Queue(1)
fq.put("a")
print(fq.full(), fq.qsize())
for f in (lambda: fq.put_nowait("b"), lambda: fq.put("b", timeout=0.01), lambda: fq.put("b", False)):
    try:
        f()
    except queue.Full as e:
        print("Full", repr(e))
print(fq.get_nowait())
for f in (lambda: fq.get_nowait(), lambda: fq.get(timeout=0.01), lambda: fq.get(block=False)):
    try:
        f()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    fq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    fq.task_done()
    fq.task_done()
except ValueError as e:
    print("ValueError", e)

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for p in [(3, "c"), (1, "a"), (2, "b"), (5, "e"), (4, "d")]:
    pq.put(p)
print([pq.get() for _ in range(5)], pq.empty())

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")

big = queue.Queue()
for i in range(300):
    big.put(i)
print(sum(big.get() for _ in range(300)), big.qsize())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
