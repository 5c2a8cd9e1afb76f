package pyj.objects;

import java.util.ArrayList;
import java.util.List;

/** types.UnionType: {@code X | Y} of classes and None (Objects/unionobject.c). */
public final class PyUnion extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnionType", null);

    /** The members, flattened and without duplicates; None stands for NoneType. */
    public final PyTuple args;

    private PyUnion(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Can x be a member of a union (is_unionable)? */
    static boolean unionable(PyObject x) {
        return x == PySingleton.NONE || x instanceof PyType || x instanceof PyUnion;
    }

    /** a | b for unionable operands (_Py_union_type_or), else NotImplemented. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        List<PyObject> out = new ArrayList<>();
        for (PyObject x : new PyObject[] {a, b}) {
            PyObject[] items = x instanceof PyUnion u ? u.args.array() : new PyObject[] {x};
            for (PyObject it : items) {
                PyObject v = it == PySingleton.NONE ? PySingleton.NONE_TYPE : it;
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
        }
        if (out.size() == 1) {
            return out.get(0);
        }
        return new PyUnion(new PyTuple(out.toArray(new PyObject[0])));
    }

    String repr() {
        StringBuilder sb = new StringBuilder();
        for (PyObject p : args.array()) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            if (p == PySingleton.NONE_TYPE) {
                sb.append("None");
            } else if (p instanceof PyType t) {
                Object mod = t.dict().get("__module__");
                String m = t.isBuiltin() ? "builtins" : mod instanceof PyStr s ? s.value() : null;
                sb.append(m == null || m.equals("builtins") ? t.qualname() : m + "." + t.qualname());
            } else {
                sb.append(Abstract.repr(p).value());
            }
        }
        return sb.toString();
    }

    static void install() {
        PyType t = TYPE;
        t.define("__module__", PyStr.of("types"));
        Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(((PyUnion) a[0]).repr()));
        Methods.def(t, "__or__", 1, 1, a -> or(a[0], a[1]));
        Methods.def(t, "__ror__", 1, 1, a -> or(a[1], a[0]));
        Methods.getter(t, "__args__", x -> ((PyUnion) x).args);
        Methods.def(t, "__eq__", 1, 1, a -> {
            if (!(a[1] instanceof PyUnion o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            List<PyObject> x = List.of(((PyUnion) a[0]).args.array());
            List<PyObject> y = List.of(o.args.array());
            return PyBool.of(x.containsAll(y) && y.containsAll(x));
        });
        Methods.def(t, "__hash__", 0, 0, a -> {
            PySet s = new PySet(true);
            for (PyObject p : ((PyUnion) a[0]).args.array()) {
                s.add(p);
            }
            return PyInt.of(Abstract.hash(s));
        });
        Methods.def(PyType.TYPE, "__or__", 1, 1, a -> or(a[0], a[1]));
        Methods.def(PyType.TYPE, "__ror__", 1, 1, a -> or(a[1], a[0]));
    }
}
