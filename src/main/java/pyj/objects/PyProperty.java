package pyj.objects;

/** property(fget, fset, fdel, doc). */
public final class PyProperty extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("property", null);
    public final PyObject fget;
    public final PyObject fset;
    public final PyObject fdel;
    public final PyObject doc;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
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
