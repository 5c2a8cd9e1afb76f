package pyj.objects;

/** staticmethod(f). */
public final class PyStaticMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("staticmethod", null);
    public PyObject func;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    /** Set when this is an instance of a Python subclass (see Sub). */
    Sub sub;

    @Override
    public PyType type() {
        return sub == null ? TYPE : sub.type;
    }

    @Override
    public PyObject instanceAttr(String name) {
        return Sub.attr(sub, name);
    }

    @Override
    public boolean setInstanceAttr(String name, PyObject value) {
        return Sub.setAttr(sub, name, value);
    }

    @Override
    public PyDict instanceDict() {
        return Sub.dict(sub);
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return func;
    }
}
