package pyj.modules;

import java.util.Arrays;
import java.util.IdentityHashMap;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBuiltinFunction;
import pyj.objects.PyClassMethod;
import pyj.objects.PyDict;
import pyj.objects.PyDictObject;
import pyj.objects.PyException;
import pyj.objects.PyGenericAlias;
import pyj.objects.PyInt;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * _functools (Modules/_functoolsmodule.c): reduce, partial, cmp_to_key. _lru_cache_wrapper is
 * absent: functools.py then uses its pure-Python lru_cache. partial has no __reduce__/__setstate__
 * (no pickling) and cannot be subclassed from Python yet.
 */
final class FunctoolsModule {
    private FunctoolsModule() {}

    static final PyType PARTIAL = PyType.builtin("functools.partial", null);
    static final PyType KEY_WRAPPER = PyType.builtin("functools.KeyWrapper", null);
    private static final IdentityHashMap<PyObject, Boolean> REPR_ACTIVE = new IdentityHashMap<>();

    static final class Partial extends PyDictObject {
        final PyObject fn;
        final PyTuple args;
        final PyDict kw;
        // dict stays null until an attribute is set (as CPython: then nesting is not flattened).

        Partial(PyObject fn, PyTuple args, PyDict kw) {
            this.fn = fn;
            this.args = args;
            this.kw = kw;
        }

        @Override
        public PyType type() {
            return PARTIAL;
        }

        PyObject call(PyObject[] a, String[] kwnames) {
            int nk = kwnames == null ? 0 : kwnames.length;
            int np = a.length - nk;
            // {**self.keywords, **kwargs}: a repeated key keeps its first position.
            PyDict merged = kw.copy();
            for (int k = 0; k < nk; k++) {
                merged.putStr(kwnames[k], a[np + k]);
            }
            int total = merged.size();
            PyObject[] all = new PyObject[args.size() + np + total];
            System.arraycopy(args.array(), 0, all, 0, args.size());
            System.arraycopy(a, 0, all, args.size(), np);
            String[] names = new String[total];
            int j = 0;
            for (int i = 0; i < merged.entryLimit(); i++) {
                PyObject key = merged.keyAt(i);
                if (key != null) {
                    names[j] = ((PyStr) key).value();
                    all[args.size() + np + j] = merged.valueAt(i);
                    j++;
                }
            }
            return Abstract.call(fn, all, total == 0 ? null : names);
        }

        String repr() {
            synchronized (REPR_ACTIVE) {
                if (REPR_ACTIVE.containsKey(this)) {
                    return "...";
                }
                REPR_ACTIVE.put(this, Boolean.TRUE);
            }
            try {
                StringBuilder sb = new StringBuilder(Abstract.repr(fn).value());
                for (PyObject x : args.array()) {
                    sb.append(", ").append(Abstract.repr(x).value());
                }
                for (int i = 0; i < kw.entryLimit(); i++) {
                    PyObject key = kw.keyAt(i);
                    if (key != null) {
                        sb.append(", ").append(Abstract.str(key).value()).append('=')
                                .append(Abstract.repr(kw.valueAt(i)).value());
                    }
                }
                return PARTIAL.name() + "(" + sb + ")";
            } finally {
                synchronized (REPR_ACTIVE) {
                    REPR_ACTIVE.remove(this);
                }
            }
        }
    }

    static final class KeyWrapper extends PyObject {
        final PyObject cmp;
        PyObject obj; // null for the callable cmp_to_key returns

        KeyWrapper(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return KEY_WRAPPER;
        }
    }

    static {
        Methods.staticNew(PARTIAL, (cls, a, kw) -> {
            int nk = kw == null ? 0 : kw.length;
            int np = a.length - nk;
            if (np < 1) {
                throw Exc.typeError("type 'partial' takes at least one argument");
            }
            PyObject fn = a[0];
            if (!Abstract.isCallable(fn)) {
                throw Exc.typeError("the first argument must be callable");
            }
            PyObject[] pre = new PyObject[0];
            PyDict keywords = new PyDict();
            // A partial of a partial (without attributes) is flattened into one.
            if (fn instanceof Partial p && !p.hasDict()) {
                pre = p.args.array();
                keywords = p.kw.copy();
                fn = p.fn;
            }
            PyObject[] all = Arrays.copyOf(pre, pre.length + np - 1);
            System.arraycopy(a, 1, all, pre.length, np - 1);
            for (int k = 0; k < nk; k++) {
                keywords.putStr(kw[k], a[np + k]);
            }
            return new Partial(fn, new PyTuple(all), keywords);
        });
        Methods.defKw(PARTIAL, "__call__", (a, kw) -> ((Partial) a[0]).call(Arrays.copyOfRange(a, 1, a.length), kw));
        Methods.def(PARTIAL, "__repr__", 0, 0, a -> PyStr.of(((Partial) a[0]).repr()));
        // Read-only members, with T_OBJECT READONLY's message.
        Methods.getset(PARTIAL, "func", x -> ((Partial) x).fn, FunctoolsModule::readonly);
        Methods.getset(PARTIAL, "args", x -> ((Partial) x).args, FunctoolsModule::readonly);
        Methods.getset(PARTIAL, "keywords", x -> ((Partial) x).kw, FunctoolsModule::readonly);
        Methods.getset(PARTIAL, "__dict__", x -> x.instanceDict(), (x, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Exc.typeError("__dict__ must be set to a dictionary, not a '" + Abstract.typeName(v) + "'");
            }
            ((Partial) x).setDict(d);
        });
        PARTIAL.define("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> {
            Args.checkPositional("__class_getitem__", Arrays.copyOfRange(a, 1, a.length), kw, 1, 1);
            return new PyGenericAlias(a[0], a[1]);
        })));

        Methods.defKw(KEY_WRAPPER, "__call__", (a, kw) -> {
            Args p = new Args("K", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"obj"}, 1, 1);
            return new KeyWrapper(((KeyWrapper) a[0]).cmp, p.get(0, null));
        });
        String[] ops = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            int o = op;
            Methods.def(KEY_WRAPPER, ops[op], 1, 1, a -> {
                if (!(a[1] instanceof KeyWrapper other) || other.obj == null) {
                    throw Exc.typeError("other argument must be K instance");
                }
                KeyWrapper self = (KeyWrapper) a[0];
                if (self.obj == null) {
                    throw Exc.attributeError("obj");
                }
                PyObject res = Abstract.call(self.cmp, self.obj, other.obj);
                return Abstract.richCompare(res, PyInt.ZERO, o);
            });
        }
        KEY_WRAPPER.define("__hash__", PySingleton.NONE);
        Methods.getset(KEY_WRAPPER, "obj", x -> {
            KeyWrapper k = (KeyWrapper) x;
            if (k.obj == null) {
                throw Exc.attributeError("obj");
            }
            return k.obj;
        }, (x, v) -> ((KeyWrapper) x).obj = v);
    }

    private static void readonly(PyObject x, PyObject v) {
        throw Exc.attributeError("readonly attribute");
    }

    static PyModule create() {
        PyModule m = new PyModule("_functools");
        m.dict.putStr("partial", PARTIAL);
        ModuleDefs.def(m, "reduce", (a, kw) -> {
            ItertoolsModule.positional("reduce", a, kw, 2, 3);
            PyObject it;
            try {
                it = Abstract.iter(a[1]);
            } catch (PyException e) {
                if (Exc.matches(e, Exc.TypeError)) {
                    throw Exc.typeError("reduce() arg 2 must support iteration");
                }
                throw e;
            }
            PyObject result = a.length > 2 ? a[2] : null;
            for (PyObject v; (v = Abstract.next(it)) != null; ) {
                result = result == null ? v : Abstract.call(a[0], result, v);
            }
            if (result == null) {
                throw Exc.typeError("reduce() of empty iterable with no initial value");
            }
            return result;
        });
        ModuleDefs.def(m, "cmp_to_key", (a, kw) -> {
            Args p = new Args("cmp_to_key", a, kw, new String[] {"mycmp"}, 1, 1);
            return new KeyWrapper(p.get(0, null), null);
        });
        return m;
    }
}
