package pyj.objects;

/**
 * An error raised by the formatting and hashing helpers, carrying the Python exception type and
 * CPython's exact message. The object model translates it into the Python exception; these helpers
 * never see Python objects, so they cannot raise one themselves.
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class the object model should raise. */
    public enum Kind {
        VALUE_ERROR("ValueError"),
        TYPE_ERROR("TypeError"),
        OVERFLOW_ERROR("OverflowError"),
        MEMORY_ERROR("MemoryError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    public final Kind kind;

    public FormatError(Kind kind, String message) {
        super(message, null, false, false); // no stack trace: these are ordinary Python errors
        this.kind = kind;
    }

    static FormatError value(String message) {
        return new FormatError(Kind.VALUE_ERROR, message);
    }

    static FormatError type(String message) {
        return new FormatError(Kind.TYPE_ERROR, message);
    }

    static FormatError overflow(String message) {
        return new FormatError(Kind.OVERFLOW_ERROR, message);
    }

    @Override
    public String toString() {
        return kind.pythonName + ": " + getMessage();
    }
}
