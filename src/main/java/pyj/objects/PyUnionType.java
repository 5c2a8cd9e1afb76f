package pyj.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code int | str} makes (PEP 604), after CPython 3.11's
 * Objects/unionobject.c: the flattened, de-duplicated arguments. isinstance and issubclass treat
 * a union as the tuple of its arguments.
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.UnionType", null);

    public final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** What may take part in a union: None, classes, generic aliases and unions. */
    private static boolean unionable(PyObject o) {
        return o == PySingleton.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** _Py_union_type_or: {@code a | b}, or NotImplemented when either side can't be in a union. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        List<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        return items.size() == 1 ? items.get(0) : new PyUnionType(PyTuple.of(items));
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject x : u.args.array()) {
                add(items, x);
            }
            return;
        }
        PyObject item = o == PySingleton.NONE ? PySingleton.NONE_TYPE : o;
        for (PyObject x : items) {
            // Classes are compared by identity, aliases by value (dedup_and_flatten_args).
            if (x == item || (x instanceof PyGenericAlias && item instanceof PyGenericAlias && Abstract.eq(x, item))) {
                return;
            }
        }
        items.add(item);
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
                PyObject m = Abstract.getAttr(t, "__module__");
                String q = Abstract.str(Abstract.getAttr(t, "__qualname__")).value();
                sb.append(m instanceof PyStr ms && ms.value().equals("builtins") ? q : Abstract.str(m).value() + "." + q);
            } else {
                sb.append(Abstract.repr(p).value());
            }
        }
        return sb.toString();
    }

    private static PySet frozenOf(PyTuple items) {
        PySet s = new PySet(true);
        for (PyObject o : items.array()) {
            s.add(o);
        }
        return s;
    }

    static void install() {
        PyType t = TYPE;
        Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(((PyUnionType) a[0]).repr()));
        Methods.getter(t, "__args__", x -> ((PyUnionType) x).args);
        Methods.getter(t, "__parameters__", x -> new PyGenericAlias(PySingleton.NONE, ((PyUnionType) x).args).parameters());
        Methods.def(t, "__or__", 1, 1, a -> or(a[0], a[1]));
        Methods.def(t, "__ror__", 1, 1, a -> or(a[1], a[0]));
        Methods.def(t, "__eq__", 1, 1, a -> {
            if (!(a[0] instanceof PyUnionType x) || !(a[1] instanceof PyUnionType y)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            // Compared as sets of arguments.
            return PyBool.of(Abstract.eq(frozenOf(x.args), frozenOf(y.args)));
        });
        Methods.def(t, "__hash__", 0, 0, a -> PyInt.of(Abstract.hash(frozenOf(((PyUnionType) a[0]).args))));
    }
}
