"""Thread objects and synchronization primitives, written for Jyco on _thread.

Threads are JVM threads running Python code in parallel: Jyco has no global interpreter lock,
and its built-in containers (list, dict, set, ...) are NOT thread-safe. Guard any container that
several threads change with a Lock (queue.Queue does so for you).
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = [
    "get_ident", "get_native_id", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
    "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
    "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "local", "excepthook",
]

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
RLock = _thread.RLock
_allocate_lock = _thread.allocate_lock

# ident -> Thread of the threads started here (and the main thread); guarded by _active_lock
_active = {}
_active_lock = _allocate_lock()
_counter_lock = _allocate_lock()
_counter = 0


def _new_thread_number():
    global _counter
    with _counter_lock:
        _counter += 1
        return _counter


# ---------------------------------------------------------------- Condition

class Condition:
    """A condition variable: wait() until another thread calls notify() with the lock held."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        owned = getattr(self._lock, "_is_owned", None)
        if owned is not None:
            return owned()
        # a plain lock: owned if it cannot be taken now (as CPython guesses too)
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        save = getattr(self._lock, "_release_save", None)
        if save is not None:
            return save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        restore = getattr(self._lock, "_acquire_restore", None)
        if restore is not None:
            restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        """Release the lock, block until notified or timeout seconds pass, take the lock back."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                gate.acquire()
                notified = True
            elif timeout > 0:
                notified = gate.acquire(True, timeout)
            else:
                notified = gate.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified:
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (or timeout); returns the last value of predicate()."""
        deadline = None
        result = predicate()
        while not result:
            if timeout is not None:
                if deadline is None:
                    deadline = _time() + timeout
                left = deadline - _time()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for gate in woken:
            gate.release()

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


# ---------------------------------------------------------------- Semaphore, Event

class Semaphore:
    """A counter of permits: acquire() takes one (waiting while there is none), release() gives back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__, id(self),
                                              self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                    if timeout <= 0:
                        return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d/%d>" % (self.__class__.__module__, self.__class__.__qualname__, id(self),
                                                 self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """A flag that threads can wait for: set(), clear(), wait()."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %#x: %s>" % (self.__class__.__module__, self.__class__.__qualname__, id(self),
                                        "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or timeout seconds pass; returns the flag."""
        with self._cond:
            if not self._flag:
                self._cond.wait_for(lambda: self._flag, timeout)
            return self._flag


# ---------------------------------------------------------------- Barrier

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for each other; each wait() returns a distinct index."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._count = 0
        self._generation = 0
        self._broken = False

    def __repr__(self):
        if self._broken:
            return "<%s.%s at %#x: broken>" % (self.__class__.__module__, self.__class__.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (self.__class__.__module__, self.__class__.__qualname__, id(self),
                                                   self._count, self._parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            generation = self._generation
            if self._count == self._parties:
                try:
                    if self._action:
                        self._action()
                except BaseException:
                    self._break()
                    raise
                self._count = 0
                self._generation += 1
                self._cond.notify_all()
                return index
            ok = self._cond.wait_for(lambda: self._generation != generation or self._broken, timeout)
            if self._generation != generation:
                return index
            if not ok or self._broken:
                self._break()
                raise BrokenBarrierError
            return index

    def _break(self):
        self._broken = True
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                self._break()
            self._broken = False
            self._count = 0
            self._generation += 1
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


# ---------------------------------------------------------------- excepthook

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread)."""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Print an exception that ended a thread's run() to sys.stderr (SystemExit is silent)."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    if args.exc_value is not None:
        stderr.write(_thread._format_exception(args.exc_value))
    stderr.flush()


__excepthook__ = excepthook


# ---------------------------------------------------------------- Thread

class Thread:
    """A thread of control: pass target (with args, kwargs) or override run(); then start() and join()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = "Thread-%d" % _new_thread_number()
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = current_thread().daemon if daemon is None else bool(daemon)
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._done = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start running run() in a new thread; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        _thread.start_new_thread(self._bootstrap, ())
        self._started.wait()

    def run(self):
        """The thread's activity: calls the target; override it in a subclass."""
        target, args, kwargs = self._target, self._args, self._kwargs
        # dropped before the call (CPython: after), so the thread holds no references to them
        del self._target, self._args, self._kwargs
        if target is not None:
            target(*args, **kwargs)

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_lock:
            _active[self._ident] = self
        self._started.set()
        try:
            try:
                self.run()
            except BaseException as e:
                hook = excepthook
                try:
                    hook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
                except BaseException as e2:
                    # a failing hook: report with the default one
                    __excepthook__(ExceptHookArgs((type(e2), e2, e2.__traceback__, self)))
        finally:
            with _active_lock:
                _active.pop(self._ident, None)
            self._is_stopped = True
            self._done.set()

    def join(self, timeout=None):
        """Wait until the thread ends, or timeout seconds pass (then check is_alive())."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        self._done.wait(timeout)

    def is_alive(self):
        """True from start() until run() ends."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread not started by threading (an embedder's): always alive, daemonic."""

    def __init__(self):
        Thread.__init__(self, name="Dummy-%d" % _new_thread_number(), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    """The Thread object of the calling thread."""
    with _active_lock:
        t = _active.get(get_ident())
    if t is None:
        t = _DummyThread()
    return t


def main_thread():
    """The Thread object of the main thread."""
    return _main_thread


def active_count():
    """Number of Thread objects alive (the main thread included)."""
    with _active_lock:
        return len(_active)


def enumerate():
    """A list of the Thread objects alive."""
    with _active_lock:
        return list(_active.values())


def currentThread():
    return current_thread()


def activeCount():
    return active_count()


def _shutdown():
    """At the program's end: wait for every non-daemon thread."""
    me = current_thread()
    while True:
        with _active_lock:
            pending = [t for t in _active.values() if not t.daemon and t is not me and t is not _main_thread]
        if not pending:
            break
        for t in pending:
            t.join()
    _main_thread._is_stopped = True


_main_thread = _MainThread()
_thread._register_finalizer(_shutdown)


# ---------------------------------------------------------------- local

class local:
    """Thread-local data: each thread sees its own attributes on the same object."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = {"args": (args, kw), "dicts": {}, "lock": _allocate_lock()}
        object.__setattr__(self, "_local__impl", impl)
        impl["dicts"][get_ident()] = {}
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == "__dict__":
            return d
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        if _is_data_descriptor(type(self), name):
            _local_dict(self)
            return object.__setattr__(self, name, value)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        if _is_data_descriptor(type(self), name):
            return object.__delattr__(self, name)
        d = _local_dict(self)
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        del d[name]


def _is_data_descriptor(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            t = type(attr)
            return hasattr(t, "__set__") or hasattr(t, "__delete__")
    return False


def _local_dict(obj):
    impl = object.__getattribute__(obj, "_local__impl")
    ident = get_ident()
    with impl["lock"]:
        d = impl["dicts"].get(ident)
        if d is not None:
            return d
        d = impl["dicts"][ident] = {}
    # first use in this thread: run __init__ again, with the constructor's arguments
    args, kw = impl["args"]
    init = type(obj).__init__
    if init is not object.__init__:
        init(obj, *args, **kw)
    return d
