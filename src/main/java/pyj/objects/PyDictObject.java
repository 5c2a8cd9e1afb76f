package pyj.objects;

/**
 * An object whose attributes live in a __dict__ of its own, made on first use (functions,
 * exceptions, functools.partial, ...): CPython's tp_dictoffset objects.
 */
public abstract class PyDictObject extends PyObject {
    /** The instance __dict__, or null while no attribute has been set. */
    protected PyDict dict;

    /** Whether any attribute was ever set (the __dict__ exists). */
    public boolean hasDict() {
        return dict != null;
    }

    /** Replaces the __dict__ (assignment to {@code obj.__dict__}). */
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyObject instanceAttr(String name) {
        return dict == null ? null : dict.getStr(name);
    }

    @Override
    public boolean setInstanceAttr(String name, PyObject value) {
        if (value == null) {
            return dict != null && dict.delStr(name);
        }
        instanceDict().putStr(name, value);
        return true;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
