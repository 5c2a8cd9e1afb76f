package pyj.modules;

import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBool;
import pyj.objects.PyInt;
import pyj.objects.PyIterator;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * A named sequence like CPython's structseq (sys.flags, sys.float_info, ...): fields by name and by
 * index, repr {@code sys.float_info(max=..., ...)}. Unlike CPython's it is not a tuple subclass
 * (pyj's tuple cannot be subclassed from Java yet): isinstance(sys.flags, tuple) is False.
 */
final class StructSeq extends PyObject {
    private final PyType type;
    final PyObject[] values;

    private StructSeq(PyType type, PyObject[] values) {
        this.type = type;
        this.values = values;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static final PyType ITER = PyIterator.newType("structseq_iterator");

    /** A new structseq type {@code module.name} with the given fields. */
    static PyType newType(String module, String name, String... fields) {
        PyType t = ModuleDefs.type(module, name);
        String full = module + "." + name;
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            Methods.getter(t, fields[i], x -> ((StructSeq) x).values[idx]);
        }
        t.define("n_fields", PyInt.of(fields.length));
        t.define("n_sequence_fields", PyInt.of(fields.length));
        t.define("n_unnamed_fields", PyInt.ZERO);
        Methods.def(t, "__len__", 0, 0, a -> PyInt.of(((StructSeq) a[0]).values.length));
        Methods.def(t, "__getitem__", 1, 1, a -> Abstract.getItem(new PyTuple(((StructSeq) a[0]).values.clone()), a[1]));
        Methods.def(t, "__iter__", 0, 0, a -> {
            PyObject[] v = ((StructSeq) a[0]).values;
            int[] i = {0};
            return PyIterator.of(ITER, () -> i[0] < v.length ? v[i[0]++] : null);
        });
        Methods.def(t, "__hash__", 0, 0, a -> PyInt.of(new PyTuple(((StructSeq) a[0]).values).hash()));
        Methods.def(t, "__eq__", 1, 1, a -> a[1] instanceof StructSeq o
                ? PyBool.of(Abstract.eq(new PyTuple(((StructSeq) a[0]).values), new PyTuple(o.values)))
                : a[1] instanceof PyTuple o ? PyBool.of(Abstract.eq(new PyTuple(((StructSeq) a[0]).values), o))
                : PySingleton.NOT_IMPLEMENTED);
        Methods.def(t, "__repr__", 0, 0, a -> {
            StringBuilder sb = new StringBuilder(full).append('(');
            PyObject[] v = ((StructSeq) a[0]).values;
            for (int i = 0; i < v.length; i++) {
                sb.append(i > 0 ? ", " : "").append(fields[i]).append('=').append(Abstract.repr(v[i]).value());
            }
            return PyStr.of(sb.append(')').toString());
        });
        Methods.staticNew(t, (cls, args, kw) -> {
            throw Exc.typeError("cannot create '" + full + "' instances");
        });
        return t;
    }

    static StructSeq of(PyType t, PyObject... values) {
        return new StructSeq(t, values);
    }
}
