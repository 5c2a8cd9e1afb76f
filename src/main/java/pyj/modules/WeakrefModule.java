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
import pyj.objects.Sub;

/**
 * _weakref over java.lang.ref.WeakReference. The referent dies when the JVM's collector finds it
 * unreachable, not at its last reference as in CPython; callbacks of dead references run the next
 * time _weakref is used (a new ref, getweakrefcount, calling a ref). A proxy forwards attribute
 * access, comparison, the container protocol, str/repr/bool and calls; not arithmetic (TypeError).
 */
final class WeakrefModule {
    private WeakrefModule() {}

    // tp_name "weakref.ReferenceType", as CPython 3.11 names it.
    static final PyType REF = PyType.builtin("weakref.ReferenceType", null);
    static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** The live refs of each referent (getweakrefs), keyed weakly by the referent. */
    static final Map<PyObject, List<Ref>> REFS = new WeakHashMap<>();

    static final class Ref extends PyObject implements Sub.Holder {
        final WeakReference<PyObject> target;
        final PyObject callback;
        long hash = -1;
        boolean hashed;
        /** Set for an instance of a Python subclass (weakref.KeyedRef, WeakMethod, ...). */
        private Sub sub;

        Ref(PyObject obj, PyObject callback) {
            this.target = new Holder(obj, this);
            this.callback = callback;
        }

        @Override
        public PyType type() {
            return sub == null ? REF : sub.type();
        }

        @Override
        public Sub sub() {
            return sub;
        }

        @Override
        public void setSub(Sub s) {
            sub = s;
        }

        @Override
        public PyObject instanceAttr(String name) {
            return Sub.attr(sub, name);
        }

        @Override
        public boolean setInstanceAttr(String name, PyObject value) {
            return Sub.setAttr(sub, name, value);
        }

        @Override
        public PyDict instanceDict() {
            return Sub.dict(sub);
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
        return (Ref) newRef(obj, callback, REF);
    }

    /** ref(obj, callback) of class cls (weakref.ref or a Python subclass of it). */
    static synchronized PyObject newRef(PyObject obj, PyObject callback, PyType cls) {
        drain();
        checkReferenceable(obj);
        List<Ref> l = REFS.computeIfAbsent(obj, k -> new ArrayList<>());
        // As CPython, an exact ref without callback is shared; subclass instances never are.
        if (callback == PySingleton.NONE && cls == REF) {
            for (Ref r : l) {
                if (r.callback == PySingleton.NONE && r.sub() == null) {
                    return r;
                }
            }
        }
        Ref r = new Ref(obj, callback);
        l.add(r);
        return cls == REF ? r : Sub.attach(r, cls);
    }

    static {
        Methods.staticNew(REF, (cls, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Exc.typeError("ref() takes no keyword arguments");
            }
            if (a.length < 1 || a.length > 2) {
                throw Exc.typeError("__new__ expected at most 2 arguments, got " + a.length);
            }
            return newRef(a[0], a.length > 1 ? a[1] : PySingleton.NONE, cls);
        });
        Sub.allowSubclasses(REF);
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

    static final PyType PROXY = ModuleDefs.type("weakref", "weakref.ProxyType");
    static final PyType CALLABLE_PROXY = ModuleDefs.type("weakref", "weakref.CallableProxyType");

    /** weakproxy / weakcallableproxy: a Ref that stands in for its referent. */
    static final class Proxy extends PyObject {
        final Ref ref;
        final boolean callable;

        Proxy(Ref ref, boolean callable) {
            this.ref = ref;
            this.callable = callable;
        }

        @Override
        public PyType type() {
            return callable ? CALLABLE_PROXY : PROXY;
        }
    }

    /** The referent of a proxy (ReferenceError once it died); other objects unchanged (proxy_checkref). */
    static PyObject unwrap(PyObject o) {
        if (o instanceof Proxy p) {
            PyObject r = p.ref.get();
            if (r == null) {
                throw Exc.of(Exc.ReferenceError, "weakly-referenced object no longer exists");
            }
            return r;
        }
        return o;
    }

    static String attrName(PyObject n) {
        if (!(n instanceof PyStr s)) {
            throw Exc.typeError("attribute name must be string, not '" + Abstract.typeName(n) + "'");
        }
        return s.value();
    }

    static {
        for (PyType t : new PyType[] {PROXY, CALLABLE_PROXY}) {
            Methods.def(t, "__getattribute__", 1, 1, a -> Abstract.getAttr(unwrap(a[0]), attrName(a[1])));
            Methods.def(t, "__setattr__", 2, 2, a -> {
                Abstract.setAttr(unwrap(a[0]), attrName(a[1]), a[2]);
                return PySingleton.NONE;
            });
            Methods.def(t, "__delattr__", 1, 1, a -> {
                Abstract.setAttr(unwrap(a[0]), attrName(a[1]), null);
                return PySingleton.NONE;
            });
            Methods.def(t, "__repr__", 0, 0, a -> {
                Proxy p = (Proxy) a[0];
                PyObject o = p.ref.get();
                String id = "0x" + Integer.toHexString(System.identityHashCode(p));
                if (o == null) {
                    return PyStr.of("<weakproxy at " + id + "; dead>");
                }
                return PyStr.of("<weakproxy at " + id + "; to '" + o.type().qualname() + "' at 0x"
                        + Integer.toHexString(System.identityHashCode(o)) + ">");
            });
            Methods.def(t, "__str__", 0, 0, a -> Abstract.str(unwrap(a[0])));
            Methods.def(t, "__bool__", 0, 0, a -> PyBool.of(Abstract.isTrue(unwrap(a[0]))));
            Methods.def(t, "__hash__", 0, 0, a -> {
                throw Exc.typeError("unhashable type: '" + a[0].type().name() + "'");
            });
            String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
            for (int i = 0; i < cmp.length; i++) {
                int op = i;
                Methods.def(t, cmp[i], 1, 1, a -> Abstract.richCompare(unwrap(a[0]), unwrap(a[1]), op));
            }
            Methods.def(t, "__len__", 0, 0, a -> PyInt.of(Abstract.len(unwrap(a[0]))));
            Methods.def(t, "__iter__", 0, 0, a -> Abstract.iter(unwrap(a[0])));
            Methods.def(t, "__getitem__", 1, 1, a -> Abstract.getItem(unwrap(a[0]), unwrap(a[1])));
            Methods.def(t, "__setitem__", 2, 2, a -> {
                Abstract.setItem(unwrap(a[0]), unwrap(a[1]), unwrap(a[2]));
                return PySingleton.NONE;
            });
            Methods.def(t, "__delitem__", 1, 1, a -> {
                Abstract.delItem(unwrap(a[0]), unwrap(a[1]));
                return PySingleton.NONE;
            });
            Methods.def(t, "__contains__", 1, 1, a -> PyBool.of(Abstract.contains(unwrap(a[0]), unwrap(a[1]))));
        }
        Methods.defKw(CALLABLE_PROXY, "__call__", (a, kw) ->
                Abstract.call(unwrap(a[0]), java.util.Arrays.copyOfRange(a, 1, a.length), kw));
    }

    static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.dict.putStr("ref", REF);
        m.dict.putStr("ReferenceType", REF);
        m.dict.putStr("ProxyType", PROXY);
        m.dict.putStr("CallableProxyType", CALLABLE_PROXY);
        ModuleDefs.def(m, "proxy", (a, k) -> {
            Args.checkPositional("proxy", a, k, 1, 2);
            PyObject cb = a.length > 1 ? a[1] : PySingleton.NONE;
            Ref r;
            synchronized (WeakrefModule.class) {
                drain();
                checkReferenceable(a[0]);
                // A proxy's ref is its own (not shared with ref()), but still counts for getweakrefs.
                r = new Ref(a[0], cb);
                REFS.computeIfAbsent(a[0], x -> new ArrayList<>()).add(r);
            }
            return new Proxy(r, a[0].type().lookup("__call__") != null);
        });
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
