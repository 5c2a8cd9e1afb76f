package pyj.modules.sre;

import java.io.Serial;

/**
 * An error _sre reports, named by the Python exception class it becomes; the module glue maps
 * {@link #kind()} to the real exception. Created without a Java stack trace, as the project's
 * Python exceptions are.
 */
public final class SreError extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The Python exception type CPython raises for this condition. */
    public enum Kind {
        /** "invalid SRE code" from compile; "internal error in regular expression engine". */
        RUNTIME_ERROR,
        /** "regular expression code size limit exceeded". */
        OVERFLOW_ERROR,
        /** "cannot use a string pattern on a bytes-like object" and vice versa. */
        TYPE_ERROR,
        /** "regular expression scanner already executing". */
        VALUE_ERROR,
        /** "no such group". */
        INDEX_ERROR,
        /** The backtracking stack cannot grow. */
        MEMORY_ERROR
    }

    private final Kind kind;

    public SreError(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
