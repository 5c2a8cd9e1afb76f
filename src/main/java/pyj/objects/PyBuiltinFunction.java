package pyj.objects;

/** builtin_function_or_method: a Java function, possibly bound to a self (a builtin method of an object). */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", null);
    public final String name;
    public final PyObject self;
    public final NativeFn fn;

    public PyBuiltinFunction(String name, NativeFn fn) {
        this(name, null, fn);
    }

    public PyBuiltinFunction(String name, PyObject self, NativeFn fn) {
        this.name = name;
        this.self = self;
        this.fn = fn;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        if (self == null) {
            return fn.call(args, kwnames);
        }
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return fn.call(a, kwnames);
    }

    public String repr() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + self.type().name() + " object at 0x"
                + Integer.toHexString(System.identityHashCode(self)) + ">";
    }
}
