package pyj.objects;

/** A bound method: a callable and the self it was looked up on. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", null);
    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String repr() {
        String q = func instanceof PyFunction f ? f.qualname : "?";
        return "<bound method " + q + " of " + Abstract.repr(self).value() + ">";
    }
}
