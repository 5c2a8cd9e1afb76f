package pyj.objects;

/**
 * What an instance of a Python subclass of a builtin type (int, float, complex, str, bytes,
 * bytearray, tuple, list, dict, set, frozenset, classmethod, staticmethod, property) carries beyond the builtin value: its class and
 * its __dict__. Exact builtin instances hold null, so they pay one reference field.
 */
public final class Sub {
    final PyType type;

    /** The Python subclass the instance belongs to. */
    public PyType type() {
        return type;
    }
    private PyDict dict;
    /** The values of the class's __slots__ names (null: unset), or null if it has none. */
    final PyObject[] members;

    Sub(PyType type) {
        this.type = type;
        this.members = type.memberCount == 0 ? null : new PyObject[type.memberCount];
    }

    public static PyObject attr(Sub s, String name) {
        return s == null || s.dict == null ? null : s.dict.getStr(name);
    }

    public static boolean setAttr(Sub s, String name, PyObject value) {
        if (s == null || !s.type.hasInstanceDict) {
            return false;
        }
        if (value == null) {
            return s.dict != null && s.dict.delStr(name);
        }
        dict(s).putStr(name, value);
        return true;
    }

    public static PyDict dict(Sub s) {
        if (s == null || !s.type.hasInstanceDict) {
            return null;
        }
        if (s.dict == null) {
            s.dict = new PyDict();
        }
        return s.dict;
    }

    /**
     * A builtin object that Python classes may subclass, defined outside this package (e.g.
     * weakref.ref): it keeps the Sub that {@link #attach} gives it.
     */
    public interface Holder {
        Sub sub();

        void setSub(Sub s);
    }

    /** The Sub of an instance of a Python subclass of a builtin type, else null. */
    static Sub of(PyObject o) {
        return switch (o) {
            case Holder h -> h.sub();
            case PyInt i -> i.sub;
            case PyFloat f -> f.sub;
            case PyComplex c -> c.sub;
            case PyStr x -> x.sub;
            case PyBytes b -> b.sub;
            case PyTuple t -> t.sub;
            case PyList l -> l.sub;
            case PyDict d -> d.sub;
            case PySet x -> x.sub;
            case PyClassMethod x -> x.sub;
            case PyStaticMethod x -> x.sub;
            case PyProperty x -> x.sub;
            default -> null;
        };
    }

    /** Marks a fresh (never shared) builtin object as an instance of the Python subclass cls. */
    public static PyObject attach(PyObject o, PyType cls) {
        Sub s = new Sub(cls);
        switch (o) {
            case Holder h -> h.setSub(s);
            case PyBool b -> throw Exc.typeError("type 'bool' is not an acceptable base type");
            case PyInt i -> i.sub = s;
            case PyFloat f -> f.sub = s;
            case PyComplex c -> c.sub = s;
            case PyStr x -> x.sub = s;
            case PyBytes b -> {
                b.sub = s;
                b.type = cls;
            }
            case PyTuple t -> t.sub = s;
            case PyList l -> l.sub = s;
            case PyDict d -> d.sub = s;
            case PySet x -> x.sub = s;
            case PyClassMethod x -> x.sub = s;
            case PyStaticMethod x -> x.sub = s;
            case PyProperty x -> x.sub = s;
            case PyGenericAlias x -> x.sub = s;
            default -> throw Exc.systemError("pyj: " + o.type().name() + " cannot carry a subclass");
        }
        return o;
    }

    /** Makes a builtin type defined elsewhere subclassable (its instances must be Holders). */
    public static void allowSubclasses(PyType t) {
        t.allocator = refuse(t);
    }

    /**
     * The allocators that make these types acceptable bases. Instances come from each type's own
     * __new__ (which calls {@link #attach}); object.__new__(cls) is refused as CPython refuses it.
     */
    private static java.util.function.Function<PyType, PyObject> refuse(PyType base) {
        return t -> {
            throw Exc.typeError("object.__new__(" + t.name() + ") is not safe, use " + base.name() + ".__new__()");
        };
    }

    static void install() {
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE, PyBytes.TYPE,
            PyBytes.BYTEARRAY_TYPE, PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySet.SET_TYPE, PySet.FROZENSET_TYPE,
            PyClassMethod.TYPE, PyStaticMethod.TYPE, PyProperty.TYPE, PyGenericAlias.TYPE}) {
            t.allocator = refuse(t);
        }
    }
}
