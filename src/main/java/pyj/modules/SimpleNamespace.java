package pyj.modules;

import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBool;
import pyj.objects.PyDict;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/** types.SimpleNamespace (Objects/namespaceobject.c): the type of sys.implementation. */
public final class SimpleNamespace extends PyObject {
    public static final PyType TYPE = ModuleDefs.type("types", "SimpleNamespace");
    final PyDict dict = new PyDict();

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject instanceAttr(String name) {
        return dict.getStr(name);
    }

    @Override
    public boolean setInstanceAttr(String name, PyObject value) {
        if (value == null) {
            return dict.delStr(name);
        }
        dict.putStr(name, value);
        return true;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    /** Recursion guard for repr of self-containing namespaces, as namespace_repr's Py_ReprEnter. */
    private static final ThreadLocal<java.util.Set<PyObject>> REPRS =
            ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    static {
        Methods.staticNew(TYPE, (cls, args, kw) -> new SimpleNamespace());
        Methods.defKw(TYPE, "__init__", (a, kw) -> {
            int nk = kw == null ? 0 : kw.length;
            if (a.length - nk > 1) {
                throw Exc.typeError("no positional arguments expected");
            }
            SimpleNamespace self = (SimpleNamespace) a[0];
            for (int i = 0; i < nk; i++) {
                self.dict.putStr(kw[i], a[a.length - nk + i]);
            }
            return PySingleton.NONE;
        });
        Methods.def(TYPE, "__repr__", 0, 0, a -> {
            SimpleNamespace self = (SimpleNamespace) a[0];
            String name = self.type() == TYPE ? "namespace" : self.type().name();
            if (!REPRS.get().add(self)) {
                return PyStr.of(name + "(...)");
            }
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                boolean first = true;
                for (int i = 0; i < self.dict.entryLimit(); i++) {
                    if (self.dict.keyAt(i) instanceof PyStr k) {
                        sb.append(first ? "" : ", ").append(k.value()).append('=')
                                .append(Abstract.repr(self.dict.valueAt(i)).value());
                        first = false;
                    }
                }
                return PyStr.of(sb.append(')').toString());
            } finally {
                REPRS.get().remove(self);
            }
        });
        Methods.def(TYPE, "__eq__", 1, 1, a -> a[1] instanceof SimpleNamespace o
                ? PyBool.of(Abstract.eq(((SimpleNamespace) a[0]).dict, o.dict)) : PySingleton.NOT_IMPLEMENTED);
        Methods.def(TYPE, "__ne__", 1, 1, a -> a[1] instanceof SimpleNamespace o
                ? PyBool.of(!Abstract.eq(((SimpleNamespace) a[0]).dict, o.dict)) : PySingleton.NOT_IMPLEMENTED);
        TYPE.define("__hash__", PySingleton.NONE);
        Methods.def(TYPE, "__reduce__", 0, 0, a -> new PyTuple(a[0].type(), PyTuple.EMPTY,
                ((SimpleNamespace) a[0]).dict));
    }

    public static SimpleNamespace of() {
        return new SimpleNamespace();
    }
}
