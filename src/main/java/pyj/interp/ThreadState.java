package pyj.interp;

import pyj.objects.PyBaseException;

/**
 * Per-thread interpreter state: the current frame, the stack of "currently handled" exception
 * states (sys.exc_info(); a generator links its own entry in while it runs) and the recursion
 * budget. One per Python thread (the Java thread that made it: {@link #thread}).
 */
public final class ThreadState {
    /** An entry of the handled-exception stack (CPython's _PyErr_StackItem). */
    static final class ExcInfo {
        PyBaseException exc;
        ExcInfo previous;
    }

    final InterpreterState interp;
    final Thread thread = Thread.currentThread();
    Frame frame;
    ExcInfo excInfo = new ExcInfo();
    int depth;
    int recursionLimit = 1000;

    ThreadState(InterpreterState interp) {
        this.interp = interp;
    }

    /** The exception being handled now (_PyErr_GetTopmostException), or null. */
    PyBaseException handled() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.exc != null) {
                return e.exc;
            }
        }
        return null;
    }

    public Frame currentFrame() {
        return frame;
    }
}
