package org.jyco.runtime;

/**
 * Per-thread execution state of Python code: the depth of nested Python frames and the
 * recursion limit ({@code sys.setrecursionlimit}). Python code normally runs on a
 * {@link PyThread}, whose state is a field (a register load away); other threads (an embedder's)
 * get theirs from a ThreadLocal.
 */
public final class ThreadState {
    /** Python frames currently active on this thread. */
    public int depth;
    /** RecursionError when depth would exceed this (CPython's default is 1000). */
    public int limit = 1000;
    /** The exception being handled by an except or finally clause (sys.exc_info()), or null. */
    public PyException handled;

    private static final ThreadLocal<ThreadState> OTHER = ThreadLocal.withInitial(ThreadState::new);

    public static ThreadState current() {
        Thread t = Thread.currentThread();
        if (t instanceof PyThread p) return p.state;
        return OTHER.get();
    }

    /** A thread with a large stack for running Python code. */
    public static final class PyThread extends Thread {
        final ThreadState state = new ThreadState();

        public PyThread(Runnable body, String name, long stackSize) {
            super(null, body, name, stackSize);
        }
    }
}
