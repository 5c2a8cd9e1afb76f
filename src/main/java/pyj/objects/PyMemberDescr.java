package pyj.objects;

/**
 * member_descriptor: one name of a class's {@code __slots__}, stored in a fixed place of the
 * instance ({@link PyInstance#members}, or a builtin subclass instance's Sub) rather than in a __dict__ (Objects/descrobject.c with
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

    /** The member storage of obj (a PyInstance's, or the Sub's of a builtin subclass instance). */
    private PyObject[] check(PyObject obj) {
        if (obj.type().isSubtypeOf(owner)) {
            if (obj instanceof PyInstance inst) {
                return inst.members();
            }
            Sub s = Sub.of(obj);
            if (s != null && s.members != null) {
                return s.members;
            }
        }
        throw Exc.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                + obj.type().name() + "' object");
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = check(obj)[index];
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
        PyObject[] members = check(obj);
        if (value == null && members[index] == null) {
            throw Exc.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
        }
        members[index] = value;
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
