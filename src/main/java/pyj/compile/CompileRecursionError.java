package pyj.compile;

/**
 * CPython's {@code RecursionError("maximum recursion depth exceeded during compilation")}: the
 * AST is nested deeper than the compiler's walkers allow. Created without a Java stack trace.
 */
public final class CompileRecursionError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CompileRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
