package pyj.objects;

/**
 * member_descriptor: one name of a class's {@code __slots__}, stored in a fixed place of the
 * instance ({@link PyInstance#member}) rather than in a __dict__ (Objects/descrobject.c with
 * T_OBJECT_EX members, as typeobject.c makes them for __slots__).
 */
public final class PyMemberDescr extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("member_descriptor", null);
    final PyType owner;
    final String name;
    final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyInstance check(PyObject obj) {
        if (obj instanceof PyInstance inst && obj.type().isSubtypeOf(owner)) {
            return inst;
        }
        throw Exc.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                + obj.type().name() + "' object");
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = check(obj).member(index);
        if (v == null) {
            throw Exc.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        PyInstance inst = check(obj);
        if (value == null && inst.member(index) == null) {
            throw Exc.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
        }
        inst.setMember(index, value);
    }

    static void install() {
        PyType t = TYPE;
        Methods.def(t, "__repr__", 0, 0, a -> {
            PyMemberDescr d = (PyMemberDescr) a[0];
            return PyStr.of("<member '" + d.name + "' of '" + d.owner.name() + "' objects>");
        });
        Methods.def(t, "__get__", 1, 2, a -> ((PyMemberDescr) a[0]).get(a[1] == PySingleton.NONE ? null : a[1], null));
        Methods.def(t, "__set__", 2, 2, a -> {
            ((PyMemberDescr) a[0]).set(a[1], a[2]);
            return PySingleton.NONE;
        });
        Methods.def(t, "__delete__", 1, 1, a -> {
            ((PyMemberDescr) a[0]).set(a[1], null);
            return PySingleton.NONE;
        });
        Methods.getter(t, "__name__", x -> PyStr.of(((PyMemberDescr) x).name));
        Methods.getter(t, "__objclass__", x -> ((PyMemberDescr) x).owner);
    }
}
