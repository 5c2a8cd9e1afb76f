package pyj.objects;

/**
 * The Java throwable that carries a Python exception object through Java code. Created without a
 * Java stack trace: raising is cheap, and the Python traceback lives on the exception object.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // Python exceptions are never serialized; transient satisfies -Xlint:serial.
    public final transient PyBaseException exc;
    /** __context__ chaining has been done for this raise (at most once per raise, as _PyErr_SetObject). */
    public boolean chained;
    /** Set by RERAISE: the frame that re-raises adds no traceback entry (ceval's exception_unwind). */
    public boolean reraise;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public String getMessage() {
        return exc.type().name() + ": " + exc.safeStr();
    }
}
