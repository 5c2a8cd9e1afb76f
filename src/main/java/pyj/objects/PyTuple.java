package pyj.objects;

import java.util.List;

/** tuple: an immutable array. */
public final class PyTuple extends PyObject {
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
        return TYPE;
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

    /** tuplehash (xxHash-based, Objects/tupleobject.c, 3.8+). */
    public long hash() {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }
}
