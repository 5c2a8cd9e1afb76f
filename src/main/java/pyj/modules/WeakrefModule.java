package pyj.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBool;
import pyj.objects.PyDict;
import pyj.objects.PyFloat;
import pyj.objects.PyInt;
import pyj.objects.PyList;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * _weakref over java.lang.ref.WeakReference. The referent dies when the JVM's collector finds it
 * unreachable, not at its last reference as in CPython; callbacks of dead references run the next
 * time _weakref is used (a new ref, getweakrefcount, calling a ref). proxy is not implemented.
 */
final class WeakrefModule {
    private WeakrefModule() {}

    static final PyType REF = ModuleDefs.type("builtins", "weakref");
    static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** The live refs of each referent (getweakrefs), keyed weakly by the referent. */
    static final Map<PyObject, List<Ref>> REFS = new WeakHashMap<>();

    static final class Ref extends PyObject {
        final WeakReference<PyObject> target;
        final PyObject callback;
        long hash = -1;
        boolean hashed;

        Ref(PyObject obj, PyObject callback) {
            this.target = new Holder(obj, this);
            this.callback = callback;
        }

        @Override
        public PyType type() {
            return REF;
        }

        PyObject get() {
            return target.get();
        }
    }

    /** The Java reference, pointing back at its Python ref so the queue can find the callback. */
    static final class Holder extends WeakReference<PyObject> {
        final WeakReference<Ref> owner;

        Holder(PyObject obj, Ref owner) {
            super(obj, QUEUE);
            this.owner = new WeakReference<>(owner);
        }
    }

    /** Runs the callbacks of references whose referents were collected. */
    static void drain() {
        for (java.lang.ref.Reference<? extends PyObject> r; (r = QUEUE.poll()) != null; ) {
            Ref ref = ((Holder) r).owner.get();
            if (ref != null && ref.callback != PySingleton.NONE) {
                Abstract.call(ref.callback, ref);
            }
        }
    }

    static void checkReferenceable(PyObject o) {
        if (o instanceof PyInt || o instanceof PyStr || o instanceof PyTuple || o instanceof PyList
                || o instanceof PyDict || o instanceof PyFloat || o instanceof PySingleton) {
            throw Exc.typeError("cannot create weak reference to '" + Abstract.typeName(o) + "' object");
        }
    }

    static synchronized Ref newRef(PyObject obj, PyObject callback) {
        drain();
        checkReferenceable(obj);
        List<Ref> l = REFS.computeIfAbsent(obj, k -> new ArrayList<>());
        // As CPython, a ref without callback is shared.
        if (callback == PySingleton.NONE) {
            for (Ref r : l) {
                if (r.callback == PySingleton.NONE) {
                    return r;
                }
            }
        }
        Ref r = new Ref(obj, callback);
        l.add(r);
        return r;
    }

    static {
        Methods.staticNew(REF, (cls, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Exc.typeError("ref() takes no keyword arguments");
            }
            if (a.length < 1 || a.length > 2) {
                throw Exc.typeError("__new__ expected at most 2 arguments, got " + a.length);
            }
            return newRef(a[0], a.length > 1 ? a[1] : PySingleton.NONE);
        });
        Methods.defKw(REF, "__init__", (a, kw) -> PySingleton.NONE);
        Methods.defKw(REF, "__call__", (a, kw) -> {
            Args.checkPositional("weakref", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 0, 0);
            PyObject o = ((Ref) a[0]).get();
            return o == null ? PySingleton.NONE : o;
        });
        Methods.def(REF, "__hash__", 0, 0, a -> {
            Ref r = (Ref) a[0];
            if (!r.hashed) {
                PyObject o = r.get();
                if (o == null) {
                    throw Exc.typeError("weak object has gone away");
                }
                r.hash = Abstract.hash(o);
                r.hashed = true;
            }
            return PyInt.of(r.hash);
        });
        for (int op = 2; op <= 3; op++) {
            boolean eq = op == 2;
            Methods.def(REF, eq ? "__eq__" : "__ne__", 1, 1, a -> {
                if (!(a[1] instanceof Ref o)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                Ref r = (Ref) a[0];
                PyObject x = r.get();
                PyObject y = o.get();
                if (x == null || y == null) {
                    return PyBool.of((r == o) == eq);
                }
                return PyBool.of(Abstract.eq(x, y) == eq);
            });
        }
        Methods.def(REF, "__repr__", 0, 0, a -> {
            Ref r = (Ref) a[0];
            PyObject o = r.get();
            String id = "0x" + Integer.toHexString(System.identityHashCode(r));
            if (o == null) {
                return PyStr.of("<weakref at " + id + "; dead>");
            }
            PyObject name = Abstract.getAttrOrNull(o, "__name__");
            return PyStr.of("<weakref at " + id + "; to '" + o.type().qualname() + "' at 0x"
                    + Integer.toHexString(System.identityHashCode(o))
                    + (name instanceof PyStr ns ? " (" + ns.value() + ")" : "") + ">");
        });
        Methods.getter(REF, "__callback__", x -> ((Ref) x).callback);
    }

    static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.dict.putStr("ref", REF);
        m.dict.putStr("ReferenceType", REF);
        ModuleDefs.def(m, "getweakrefcount", (a, k) -> {
            Args.checkPositional("getweakrefcount", a, k, 1, 1);
            synchronized (WeakrefModule.class) {
                drain();
                List<Ref> l = REFS.get(a[0]);
                return PyInt.of(l == null ? 0 : live(l).size());
            }
        });
        ModuleDefs.def(m, "getweakrefs", (a, k) -> {
            Args.checkPositional("getweakrefs", a, k, 1, 1);
            synchronized (WeakrefModule.class) {
                List<Ref> l = REFS.get(a[0]);
                return new PyList(l == null ? new PyObject[0] : live(l).toArray(new PyObject[0]));
            }
        });
        ModuleDefs.def(m, "_remove_dead_weakref", (a, k) -> {
            Args.checkPositional("_remove_dead_weakref", a, k, 2, 2);
            if (!(a[0] instanceof PyDict d)) {
                throw Exc.typeError("_remove_dead_weakref() argument 1 must be dict, not " + Abstract.typeName(a[0]));
            }
            PyObject v = d.get(a[1]);
            if (v instanceof Ref r && r.get() == null) {
                d.remove(a[1]);
            }
            return PySingleton.NONE;
        });
        return m;
    }

    private static List<Ref> live(List<Ref> l) {
        l.removeIf(r -> r.get() == null);
        return l;
    }
}
