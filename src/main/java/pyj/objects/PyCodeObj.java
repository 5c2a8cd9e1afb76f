package pyj.objects;

import pyj.code.PyCode;

/** A code object as a Python value (type {@code code}). */
public final class PyCodeObj extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", null);
    public final PyCode code;
    /** The interpreter's per-code data (runtime constants, later the quickened copy). */
    public Object exec;

    public PyCodeObj(PyCode code) {
        this.code = code;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
