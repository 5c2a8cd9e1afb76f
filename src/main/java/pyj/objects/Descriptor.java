package pyj.objects;

/** The descriptor protocol for descriptors written in Java (functions, methods, property, ...). */
public interface Descriptor {
    /** {@code __get__(obj, type)}; obj is null when looked up on the class itself. */
    PyObject get(PyObject obj, PyType type);

    /** Data descriptors (with __set__) take precedence over the instance dict. */
    default boolean isData() {
        return false;
    }

    /** {@code __set__} (value non-null) or {@code __delete__} (value null). */
    default void set(PyObject obj, PyObject value) {
        throw Exc.attributeError("read-only attribute");
    }
}
