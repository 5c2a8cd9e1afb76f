package pyj.objects;

/** property(fget, fset, fdel, doc). */
public final class PyProperty extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("property", null);
    public PyObject fget;
    public PyObject fset;
    public PyObject fdel;
    public PyObject doc;
    /** Set by __set_name__ (or copied by getter/setter/deleter); null if unknown. */
    public PyObject name;

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
            throw missing(obj, "getter");
        }
        return Abstract.call(fget, obj);
    }

    /** property_descr_get/set in 3.11: "property 'x' of 'C' object has no setter". */
    private PyException missing(PyObject obj, String what) {
        String q = Abstract.repr(PyStr.of(obj.type().qualname())).value();
        return Exc.attributeError(name != null ? "property " + Abstract.repr(name).value() + " of " + q + " object has no " + what
                : "property of " + q + " object has no " + what);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == PySingleton.NONE) {
            throw missing(obj, value == null ? "deleter" : "setter");
        }
        if (value == null) {
            Abstract.call(f, obj);
        } else {
            Abstract.call(f, obj, value);
        }
    }
}
