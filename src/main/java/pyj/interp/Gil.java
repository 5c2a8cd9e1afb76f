package pyj.interp;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock, as CPython 3.11's: the object model is not thread-safe, so one
 * thread runs Python at a time. It is off until a program starts its first thread (the starting
 * thread takes it then), so single-threaded programs never touch it. A thread that waits more
 * than 5 ms sets the eval breaker; the holder then hands the lock over at its next RESUME or
 * backward jump (the lock is fair, so the waiter gets it). Blocking calls (lock acquires) release it.
 */
public final class Gil {
    private static final long INTERVAL_MS = 5;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final InterpreterState interp;
    private volatile boolean enabled;

    Gil(InterpreterState interp) {
        this.interp = interp;
    }

    /** Called by the running thread before it starts another one. */
    public void enable() {
        if (!enabled) {
            lock.lock();
            enabled = true;
        }
    }

    void acquire() {
        while (true) {
            try {
                if (lock.tryLock(INTERVAL_MS, TimeUnit.MILLISECONDS)) {
                    return;
                }
                interp.evalBreaker = 1;
                lock.lockInterruptibly();
                return;
            } catch (InterruptedException e) {
                // Python threads are not interrupted through Java; keep waiting.
            }
        }
    }

    void release() {
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    /** At the eval breaker: let a waiting thread run. */
    void yieldIfWanted() {
        if (enabled && lock.hasQueuedThreads() && lock.isHeldByCurrentThread()) {
            lock.unlock();
            acquire();
        }
    }

    /** Runs a blocking Java operation without the lock, so other Python threads can run meanwhile. */
    public <T> T blocking(java.util.function.Supplier<T> op) {
        if (!enabled || !lock.isHeldByCurrentThread()) {
            return op.get();
        }
        lock.unlock();
        try {
            return op.get();
        } finally {
            acquire();
        }
    }

    /**
     * Runs body in the calling (new) Java thread as a new Python thread: takes the lock, gives the
     * thread its own ThreadState, and lets both go at the end.
     */
    public void runThread(Runnable body) {
        acquire();
        try {
            ThreadState ts = new ThreadState(interp);
            ts.recursionLimit = interp.recursionLimit();
            Interpreter.setThreadState(ts);
            body.run();
        } finally {
            Interpreter.setThreadState(null);
            release();
        }
    }
}
