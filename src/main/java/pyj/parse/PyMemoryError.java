package pyj.parse;

/**
 * The MemoryError CPython 3.11's parser raises (with no message) when rules nest deeper than its
 * fixed limit (pegen's MAXSTACK), e.g. for {@code "-" * 6000 + "1"}. Not a SyntaxError in 3.11.
 */
public final class PyMemoryError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PyMemoryError() {
        super("", null, false, false);
    }
}
