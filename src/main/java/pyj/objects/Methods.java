package pyj.objects;

import java.util.function.Function;

/** Helpers to fill builtin types' dicts, and the one-time set-up of every builtin type. */
public final class Methods {
    private Methods() {}

    /** A method taking self plus a fixed range of positional arguments: a[0] is self. */
    public interface Fixed {
        PyObject call(PyObject[] a);
    }

    /** tp_new: the class being instantiated and the arguments. */
    public interface NewFn {
        PyObject call(PyType cls, PyObject[] args, String[] kwnames);
    }

    /** Defines {@code t.name} taking between min and max positional arguments after self. */
    public static void def(PyType t, String name, int min, int max, Fixed f) {
        // METH_NOARGS/METH_O name the method "type.name()"; _PyArg_CheckPositional names it "name".
        String qual = min == max && max <= 1 ? t.name() + "." + name : name;
        t.define(name, new PyMethodDescr(t, name, (args, kw) -> {
            Args.checkPositional(qual, java.util.Arrays.copyOfRange(args, 1, args.length), kw, min, max);
            return f.call(args);
        }));
    }

    /** Defines a method that parses its own arguments (a[0] is self). */
    public static void defKw(PyType t, String name, NativeFn f) {
        t.define(name, new PyMethodDescr(t, name, f));
    }

    public static void getter(PyType t, String name, Function<PyObject, PyObject> g) {
        t.define(name, new PyGetSet(t, name, g, null));
    }

    public static void getset(PyType t, String name, Function<PyObject, PyObject> g,
            java.util.function.BiConsumer<PyObject, PyObject> s) {
        t.define(name, new PyGetSet(t, name, g, s));
    }

    /** {@code T.__new__(cls, ...)}: a builtin taking the class first, as CPython's tp_new wrapper. */
    public static void staticNew(PyType t, NewFn f) {
        t.define("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType cls)) {
                throw Exc.typeError(t.name() + ".__new__(X): X is not a type object");
            }
            if (!cls.isSubtypeOf(t)) {
                throw Exc.typeError(t.name() + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of "
                        + t.name());
            }
            return f.call(cls, java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        })));
    }

    /**
     * The format-spec mini-language. An empty spec is str(); anything else belongs to
     * pyj.objects.Formatting (being written separately) and raises until it is merged.
     */
    public static PyObject formatSpec(PyObject v, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Exc.typeError("format() argument 2 must be str, not " + spec.type().name());
        }
        if (s.value().isEmpty()) {
            return Abstract.str(v);
        }
        throw Exc.notImplemented("pyj: format spec " + PyStr.reprOf(s.value()) + " for " + v.type().name()
                + " is not implemented yet (pyj.objects.Formatting)");
    }

    private static boolean installed;

    /** Fills every builtin type's dict once, in an order free of class-initialization cycles. */
    public static synchronized void installAll() {
        if (installed) {
            return;
        }
        installed = true;
        TypeCalls.install();
        Numbers.install();
        Containers.install();
        PyUnion.install();
        Iterators.install();
        ExcGroups.install();
    }
}
