package pyj.objects;

/** A method of a builtin type (method_descriptor): binds to an instance as a builtin method. */
public final class PyMethodDescr extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("method_descriptor", null);
    public final PyType owner;
    public final String name;
    public final NativeFn fn;

    public PyMethodDescr(PyType owner, String name, NativeFn fn) {
        this.owner = owner;
        this.name = name;
        this.fn = fn;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : new PyBuiltinFunction(name, obj, fn);
    }

    /** Calls with self as args[0], checking that self is an instance of the owner. */
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (args.length - (kwnames == null ? 0 : kwnames.length) < 1) {
            throw Exc.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        if (!args[0].type().isSubtypeOf(owner)) {
            throw Exc.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + args[0].type().name() + "' object");
        }
        return fn.call(args, kwnames);
    }

    public String repr() {
        return "<method '" + name + "' of '" + owner.name() + "' objects>";
    }
}
