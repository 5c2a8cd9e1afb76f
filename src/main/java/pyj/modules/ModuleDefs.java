package pyj.modules;

import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.NativeFn;
import pyj.objects.PyBuiltinFunction;
import pyj.objects.PyInt;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PyStr;
import pyj.objects.PyType;

/** Small helpers shared by the builtin modules written in Java. */
final class ModuleDefs {
    private ModuleDefs() {}

    static void def(PyModule m, String name, NativeFn fn) {
        m.dict.putStr(name, new PyBuiltinFunction(name, fn));
    }

    /** A builtin type that belongs to module {@code module} (its __module__). */
    static PyType type(String module, String name) {
        PyType t = PyType.builtin(name, null);
        t.define("__module__", PyStr.of(module));
        return t;
    }

    static String str(String fname, PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Exc.typeError(fname + "() argument " + what + " must be str, not " + Abstract.typeName(o));
    }

    /** A Py_ssize_t argument: an int (or __index__) that fits a long. */
    static long ssize(PyObject o) {
        if (o instanceof PyInt i && i.isLong()) {
            return i.longValue();
        }
        PyInt i = Abstract.index(o);
        if (!i.isLong()) {
            throw Exc.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }
}
