package pyj.objects;

import pyj.code.PyCode;

/** A function defined in Python. Calls go through the interpreter ({@code pyj.interp}). */
public final class PyFunction extends PyDictObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("function", null);
    public final PyCodeObj code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** Positional defaults, or null. */
    public PyObject[] defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** Cells for the code's free variables, or null. */
    public PyCell[] closure;
    public PyObject annotations;
    public PyObject doc = PySingleton.NONE;
    public PyObject module;

    public PyFunction(PyCodeObj code, PyDict globals, PyDict builtins, String qualname) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.code.name();
        this.qualname = qualname;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PySingleton.NONE : m;
        // The first constant of a function is its docstring when it is a str (3.11 compiler convention).
        if (!code.code.consts().isEmpty() && code.code.consts().get(0) instanceof String s
                && (code.code.flags() & PyCode.CO_OPTIMIZED) != 0) {
            this.doc = PyStr.of(s);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyCode pycode() {
        return code.code;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    public String repr() {
        return "<function " + qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
