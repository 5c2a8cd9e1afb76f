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
        // "type.name" (Args.checkPositional uses the bare name where CPython's clinic does). A dotted
        // builtin name (collections.deque) reports its last part, as CPython's methods do.
        String qual = t.name().substring(t.name().lastIndexOf('.') + 1) + "." + name;
        t.define(name, new PyMethodDescr(t, name, (args, kw) -> {
            Args.checkPositional(qual, java.util.Arrays.copyOfRange(args, 1, args.length), kw, min, max);
            return f.call(args);
        }));
    }

    /** Like {@link #def} with PyArg_ParseTuple's messages (str.count, find, startswith, ...). */
    public static void defParse(PyType t, String name, int min, int max, Fixed f) {
        String qual = t.name() + "." + name;
        t.define(name, new PyMethodDescr(t, name, (args, kw) -> {
            Args.checkParseTuple(qual, java.util.Arrays.copyOfRange(args, 1, args.length), kw, min, max);
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
     * int/bool/float/str {@code __format__}: the format-spec mini-language of pyj.objects.Formatting.
     * An empty spec is str(self), as CPython's __format__ does (so bool gives "True").
     */
    public static PyObject formatSpec(PyObject v, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Exc.typeError("argument to __format__ must be str, not " + spec.type().name());
        }
        String sp = s.value();
        if (sp.isEmpty()) {
            return Abstract.str(v);
        }
        String tn = v.type().name();
        try {
            return PyStr.of(switch (v) {
                case PyInt i -> i.isLong() ? Formatting.formatInt(i.longValue(), sp, tn) : Formatting.formatInt(i.bigValue(), sp, tn);
                case PyFloat f -> Formatting.formatFloat(f.value, sp, tn);
                case PyComplex c -> Formatting.formatComplex(c.real, c.imag, sp, tn);
                case PyStr x -> Formatting.formatStr(x.value(), sp, tn);
                default -> throw Exc.typeError("descriptor '__format__' requires a builtin number or str, not '" + tn + "'");
            });
        } catch (FormatError e) {
            throw fromFormatError(e);
        }
    }

    /** The Python exception a FormatError names. */
    public static PyException fromFormatError(FormatError e) {
        return Exc.of(switch (e.kind) {
            case VALUE_ERROR -> Exc.ValueError;
            case TYPE_ERROR -> Exc.TypeError;
            case OVERFLOW_ERROR -> Exc.OverflowError;
            case MEMORY_ERROR -> Exc.MemoryError;
        }, e.getMessage());
    }

    private static boolean installed;

    /** Fills every builtin type's dict once, in an order free of class-initialization cycles. */
    public static synchronized void installAll() {
        if (installed) {
            return;
        }
        installed = true;
        Sub.install();
        TypeCalls.install();
        Numbers.install();
        PyGenericAlias.install();
        PyMemberDescr.install();
        PyUnionType.install();
        Containers.install();
        StrMethods.install();
        NumberMethods.install();
        BytesMethods.install();
        Iterators.install();
        ExcGroups.install();
        PyType.docNoneAll(PyType.OBJECT);
    }

    static boolean isInstalled() {
        return installed;
    }
}
