package pyj.objects;

/**
 * An iterator written in Java. {@link #next()} returns null when exhausted: FOR_ITER and the
 * builtins test for that sentinel, and StopIteration is made only where Python code can see it
 * ({@code __next__} called explicitly, next() without default).
 */
public abstract class PyIterator extends PyObject {
    private final PyType type;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The next item, or null when exhausted. */
    public abstract PyObject next();

    /** A new iterator type with __iter__ and __next__. */
    public static PyType newType(String name) {
        PyType t = PyType.builtin(name, null);
        t.define("__iter__", new PyMethodDescr(t, "__iter__", (a, k) -> a[0]));
        t.define("__next__", new PyMethodDescr(t, "__next__", (a, k) -> {
            PyObject v = ((PyIterator) a[0]).next();
            if (v == null) {
                throw Exc.stopIteration(null);
            }
            return v;
        }));
        return t;
    }

    /** An iterator from a Java lambda. */
    public static PyIterator of(PyType t, java.util.function.Supplier<PyObject> next) {
        return new PyIterator(t) {
            @Override
            public PyObject next() {
                return next.get();
            }
        };
    }
}
