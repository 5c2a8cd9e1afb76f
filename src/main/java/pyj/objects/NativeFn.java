package pyj.objects;

/**
 * A function written in Java, with CPython's vectorcall convention: positional arguments, then
 * the values of the keyword arguments named by {@code kwnames} (null or empty when none). For a
 * method, the first positional argument is self.
 */
@FunctionalInterface
public interface NativeFn {
    PyObject call(PyObject[] args, String[] kwnames);
}
