package pyj.objects;

import java.util.List;

/** tuple: an immutable array. */
public final class PyTuple extends PyObject {
    /** Non-null for an instance of a Python subclass: its class and __dict__. */
    Sub sub;
    public static final PyType TYPE = PyType.builtin("tuple", null);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    /** Takes ownership of {@code items}. */
    public PyTuple(PyObject... items) {
        this.items = items;
    }

    public static PyTuple of(List<PyObject> l) {
        return l.isEmpty() ? EMPTY : new PyTuple(l.toArray(new PyObject[0]));
    }

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

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The items (shared: do not modify). */
    public PyObject[] array() {
        return items;
    }

    /** tuplehash (xxHash-based, Objects/tupleobject.c). */
    public long hash() {
        long[] h = new long[items.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = Abstract.hash(items[i]);
        }
        return PyHash.hashTuple(h);
    }
}
