# send(): coroutine-style generators, running averages, priming.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
for v in [10, 20, 30, 45]:
    print(a.send(v))
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print("returned", s.value)
g = averager()
try:
    g.send(5)
except TypeError as err:
    print("TypeError", err)
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event in ("start", "resume"):
            state = "running"
        elif event == "stop":
            state = "stopped"
sm = state_machine()
next(sm)
for ev in ["start", "pause", "bogus", "resume", "stop", "start"]:
    print(ev, "->", sm.send(ev))
