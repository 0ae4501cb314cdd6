# The interpreter waits for non-daemon threads at exit; an uncaught exception in a thread is
# printed by threading.excepthook and does not stop the program.
import sys
import threading
import time

hooked = []


def custom_hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def fails():
    raise KeyError("in thread")


threading.excepthook = custom_hook
t = threading.Thread(target=fails, name="worker")
t.start()
t.join()
print(hooked)
threading.excepthook = threading.__excepthook__


def exits():
    sys.exit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")


def late():
    time.sleep(0.2)
    print("non-daemon thread finished after main")
    raise ValueError("boom from thread")


print("main done")
threading.Thread(target=late).start()
