package pyj.objects;

/** property(fget, fset, fdel, doc). */
public final class PyProperty extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("property", null);
    public PyObject fget;
    public PyObject fset;
    public PyObject fdel;
    public PyObject doc;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
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
        if (obj == null) {
            return this;
        }
        if (fget == PySingleton.NONE) {
            throw Exc.attributeError("property object has no getter");
        }
        return Abstract.call(fget, obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == PySingleton.NONE) {
            throw Exc.attributeError(value == null ? "can't delete attribute" : "can't set attribute");
        }
        if (value == null) {
            Abstract.call(f, obj);
        } else {
            Abstract.call(f, obj, value);
        }
    }
}
