package pyj.objects;

/** A cell holding a closure variable; null contents means unbound. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", null);
    public PyObject contents;

    public PyCell(PyObject contents) {
        this.contents = contents;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
