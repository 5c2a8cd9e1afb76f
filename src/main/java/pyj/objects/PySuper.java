package pyj.objects;

/** super(type, obj): attribute lookup starting after {@code thisType} in the MRO of obj's type. */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", null);
    public final PyType thisType;
    public final PyObject obj;
    /** The type whose MRO is searched: type(obj), or obj itself when it is a subclass of thisType. */
    public final PyType objType;

    public PySuper(PyType thisType, PyObject obj) {
        this.thisType = thisType;
        this.obj = obj;
        if (obj instanceof PyType t && t.isSubtypeOf(thisType)) {
            objType = t;
        } else if (obj.type().isSubtypeOf(thisType)) {
            objType = obj.type();
        } else {
            throw Exc.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** super's __getattribute__: the first class after thisType in objType's MRO that has the name. */
    public PyObject lookup(String name) {
        PyType[] mro = objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().get(name);
            if (v != null) {
                Descriptor d = Abstract.javaDescriptor(v);
                if (d != null) {
                    return d.get(obj == objType ? null : obj, objType);
                }
                return Abstract.bindUserDescriptor(v, obj == objType ? null : obj, objType);
            }
        }
        return null;
    }
}
