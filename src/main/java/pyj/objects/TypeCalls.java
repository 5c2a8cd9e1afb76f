package pyj.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/** object, type, exceptions, functions and descriptors: their methods, and calling a type. */
public final class TypeCalls {
    private TypeCalls() {}

    private static final PyObject[] NO_ARGS = new PyObject[0];

    static final PyMethodDescr OBJECT_GETATTRIBUTE = new PyMethodDescr(PyType.OBJECT, "__getattribute__", (a, k) -> {
        Args.checkPositional("__getattribute__", new PyObject[] {a[1]}, k, 1, 1);
        PyObject r = Abstract.genericGetAttr(a[0], a[0].type(), name(a[1]));
        if (r == null) {
            throw Abstract.noAttribute(a[0], name(a[1]));
        }
        return r;
    });
    static final PyMethodDescr TYPE_GETATTRIBUTE = new PyMethodDescr(PyType.TYPE, "__getattribute__", (a, k) -> {
        PyObject r = Abstract.typeGetAttr((PyType) a[0], name(a[1]));
        if (r == null) {
            throw Abstract.noAttribute(a[0], name(a[1]));
        }
        return r;
    });
    static final PyMethodDescr SUPER_GETATTRIBUTE = new PyMethodDescr(PySuper.TYPE, "__getattribute__", (a, k) -> {
        PyObject r = ((PySuper) a[0]).lookup(name(a[1]));
        if (r == null) {
            throw Exc.attributeError("'super' object has no attribute '" + name(a[1]) + "'");
        }
        return r;
    });
    static final PyMethodDescr OBJECT_SETATTR = new PyMethodDescr(PyType.OBJECT, "__setattr__", (a, k) -> {
        Abstract.genericSetAttr(a[0], name(a[1]), a[2]);
        return PySingleton.NONE;
    });
    static final PyMethodDescr OBJECT_DELATTR = new PyMethodDescr(PyType.OBJECT, "__delattr__", (a, k) -> {
        Abstract.genericSetAttr(a[0], name(a[1]), null);
        return PySingleton.NONE;
    });
    static final PyMethodDescr TYPE_SETATTR = new PyMethodDescr(PyType.TYPE, "__setattr__", (a, k) -> {
        Abstract.genericSetAttr(a[0], name(a[1]), a[2]);
        return PySingleton.NONE;
    });
    static final PyMethodDescr TYPE_DELATTR = new PyMethodDescr(PyType.TYPE, "__delattr__", (a, k) -> {
        Abstract.genericSetAttr(a[0], name(a[1]), null);
        return PySingleton.NONE;
    });
    static final PyMethodDescr OBJECT_HASH = new PyMethodDescr(PyType.OBJECT, "__hash__",
            (a, k) -> PyInt.of(Abstract.identityHash(a[0])));
    static final PyMethodDescr OBJECT_INIT = new PyMethodDescr(PyType.OBJECT, "__init__", (a, k) -> {
        PyType t = a[0].type();
        if (a.length > 1 && (t.lookup("__init__") != TypeCalls.OBJECT_INIT || t.lookup("__new__") == TypeCalls.OBJECT_NEW)) {
            throw Exc.typeError(t.name() + ".__init__() takes exactly one argument (the instance to initialize)");
        }
        return PySingleton.NONE;
    });
    static PyObject OBJECT_NEW;

    private static String name(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Exc.typeError("attribute name must be string, not '" + o.type().name() + "'");
        }
        return s.value();
    }

    /** Calling a type: type(x), or __new__ then __init__ (type_call). */
    public static PyObject call(PyType t, PyObject[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        if (t == PyType.TYPE && args.length == 1 && nk == 0) {
            return args[0].type();
        }
        PyObject nw = t.lookup("__new__");
        PyObject fn = nw instanceof PyStaticMethod sm ? sm.func : nw;
        PyObject obj = Abstract.call(fn, Abstract.prepend(t, args), kwnames);
        if (!obj.type().isSubtypeOf(t)) {
            return obj;
        }
        PyObject init = obj.type().lookup("__init__");
        if (init == OBJECT_INIT && (args.length == 0 || nw != OBJECT_NEW)) {
            return obj;
        }
        PyObject r = Abstract.callWithSelf(init, obj, args, kwnames);
        if (r != PySingleton.NONE) {
            throw Exc.typeError("__init__() should return None, not '" + r.type().name() + "'");
        }
        return obj;
    }

    /** type.__call__, so that a metaclass overriding it can be told apart. */
    static PyObject TYPE_CALL;

    static void install() {
        PyType o = PyType.OBJECT;
        o.define("__getattribute__", OBJECT_GETATTRIBUTE);
        o.define("__setattr__", OBJECT_SETATTR);
        o.define("__delattr__", OBJECT_DELATTR);
        o.define("__hash__", OBJECT_HASH);
        o.define("__init__", OBJECT_INIT);
        Methods.staticNew(o, (cls, a, kw) -> {
            int n = a.length;
            if (n > 0 && (cls.lookup("__new__") != OBJECT_NEW || cls.lookup("__init__") == OBJECT_INIT)) {
                throw Exc.typeError(cls.name() + "() takes no arguments");
            }
            return cls.allocate();
        });
        OBJECT_NEW = o.dict().get("__new__");
        Methods.def(o, "__repr__", 0, 0, a -> PyStr.of(defaultRepr(a[0])));
        Methods.def(o, "__str__", 0, 0, a -> Abstract.repr(a[0]));
        Methods.def(o, "__eq__", 1, 1, a -> a[0] == a[1] ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED);
        Methods.def(o, "__ne__", 1, 1, a -> {
            PyObject eq = Abstract.callSpecial(a[0], "__eq__", a[1]);
            return eq == PySingleton.NOT_IMPLEMENTED ? eq : PyBool.of(!Abstract.isTrue(eq));
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            Methods.def(o, cmp, 1, 1, a -> PySingleton.NOT_IMPLEMENTED);
        }
        Methods.def(o, "__format__", 1, 1, a -> {
            if (a[1] instanceof PyStr s && !s.value().isEmpty()) {
                throw Exc.typeError("unsupported format string passed to " + a[0].type().name() + ".__format__");
            }
            return Abstract.str(a[0]);
        });
        Methods.def(o, "__dir__", 0, 0, a -> new PyList(dir(a[0])));
        Methods.def(o, "__getstate__", 0, 0, a -> objectGetState(a[0], false));
        Methods.def(o, "__reduce__", 0, 0, a -> commonReduce(a[0], 0));
        PyObject objReduce = o.dict().get("__reduce__");
        Methods.def(o, "__reduce_ex__", 1, 1, a -> {
            int proto = Abstract.index(a[1]).intValue();
            PyObject reduce = Abstract.getAttr(a[0], "__reduce__");
            if (a[0].type().lookup("__reduce__") != objReduce) {
                return Abstract.call(reduce);
            }
            return commonReduce(a[0], proto);
        });
        o.define("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) -> {
            if (a.length > 1) {
                String n = a[0] instanceof PyType c ? c.name() + "." : "";
                throw Exc.typeError(n + "__init_subclass__() takes no " + (k != null && k.length > 0 ? "keyword " : "") + "arguments");
            }
            return PySingleton.NONE;
        })));
        Methods.getset(o, "__class__", PyObject::type, (obj, v) -> {
            if (obj instanceof PyInstance inst && v instanceof PyType t && !t.isBuiltin() && t.allocator == inst.type.allocator) {
                inst.setType(t);
            } else if (obj instanceof PyBaseException e && v instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) {
                e.setType(t);
            } else {
                throw Exc.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
        });

        PyType t = PyType.TYPE;
        t.define("__getattribute__", TYPE_GETATTRIBUTE);
        t.define("__setattr__", TYPE_SETATTR);
        t.define("__delattr__", TYPE_DELATTR);
        Methods.staticNew(t, (meta, all, kw) -> {
            // Keyword arguments (class keywords) go to __init_subclass__.
            int nk = kw == null ? 0 : kw.length;
            PyObject[] a = java.util.Arrays.copyOf(all, all.length - nk);
            if (a.length != 3) {
                throw Exc.typeError(a.length == 1 && nk == 0 ? "type.__new__() takes exactly 3 arguments (1 given)"
                        : "type() takes 1 or 3 arguments");
            }
            if (!(a[0] instanceof PyStr name)) {
                throw Exc.typeError("type.__new__() argument 1 must be str, not " + a[0].type().name());
            }
            if (!(a[1] instanceof PyTuple bases)) {
                throw Exc.typeError("type.__new__() argument 2 must be tuple, not " + a[1].type().name());
            }
            if (!(a[2] instanceof PyDict ns)) {
                throw Exc.typeError("type.__new__() argument 3 must be dict, not " + a[2].type().name());
            }
            // type_new: the most derived metaclass of meta and the bases' wins; one with its own
            // __new__ makes the class (type('E', (SomeEnum,), ns) runs EnumType.__new__).
            PyType winner = meta;
            for (PyObject b : bases.array()) {
                PyType bm = b.type();
                if (winner.isSubtypeOf(bm)) {
                    continue;
                }
                if (bm.isSubtypeOf(winner)) {
                    winner = bm;
                    continue;
                }
                throw Exc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
            if (winner != meta) {
                PyObject wnew = winner.lookup("__new__");
                if (wnew != PyType.TYPE.dict().get("__new__")) {
                    PyObject[] wa = new PyObject[all.length + 1];
                    wa[0] = winner;
                    System.arraycopy(all, 0, wa, 1, all.length);
                    return Abstract.call(Abstract.getAttr(winner, "__new__"), wa, kw);
                }
                meta = winner;
            }
            return newClass(meta, name.value(), bases, ns, java.util.Arrays.copyOfRange(all, a.length, all.length), kw);
        });
        Methods.defKw(t, "__init__", (a, k) -> {
            // type_init: keywords are allowed with the 3-argument form (they went to __init_subclass__).
            int nk = k == null ? 0 : k.length;
            int np = a.length - 1 - nk;
            if (np == 1 && nk > 0) {
                throw Exc.typeError("type.__init__() takes no keyword arguments");
            }
            if (np != 1 && np != 3) {
                throw Exc.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PySingleton.NONE;
        });
        Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(((PyType) a[0]).repr()));
        Methods.defKw(t, "__call__", (a, k) -> call((PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
        TYPE_CALL = t.dict().get("__call__");
        Methods.getset(t, "__name__", x -> PyStr.of(shortName((PyType) x, ((PyType) x).name())),
                (x, v) -> ((PyType) x).setTypeAttr("__name__", v));
        Methods.getset(t, "__qualname__", x -> PyStr.of(shortName((PyType) x, ((PyType) x).qualname())),
                (x, v) -> ((PyType) x).setTypeAttr("__qualname__", v));
        Methods.getter(t, "__mro__", x -> new PyTuple(((PyType) x).mro()));
        Methods.getter(t, "__bases__", x -> new PyTuple(((PyType) x).bases()));
        Methods.getter(t, "__base__", x -> ((PyType) x).base() == null ? PySingleton.NONE : ((PyType) x).base());
        Methods.getter(t, "__dict__", x -> {
            PyDict d = new PyDict();
            ((PyType) x).dict().forEach(d::putStr);
            return d; // a snapshot: CPython returns a read-only mappingproxy
        });
        Methods.getset(t, "__module__", x -> {
            PyType ty = (PyType) x;
            if (ty.isBuiltin()) {
                // As CPython's static types: what tp_name has before its last dot, else builtins.
                int dot = ty.name().lastIndexOf('.');
                return PyStr.of(dot < 0 ? "builtins" : ty.name().substring(0, dot));
            }
            PyObject m = ty.dict().get("__module__");
            return m != null ? m : PyStr.of("builtins");
        }, (x, v) -> ((PyType) x).setTypeAttr("__module__", v));
        Methods.getter(t, "__doc__", x -> {
            PyObject d = ((PyType) x).dict().get("__doc__");
            return d != null ? d : PySingleton.NONE;
        });
        Methods.def(t, "mro", 0, 0, a -> new PyList(((PyType) a[0]).mro()));
        Methods.def(t, "__subclasses__", 0, 0, a -> new PyList(((PyType) a[0]).subclasses().toArray(PyObject[]::new)));
        Methods.def(t, "__instancecheck__", 1, 1, a -> PyBool.of(a[1].type().isSubtypeOf((PyType) a[0])));
        Methods.def(t, "__subclasscheck__", 1, 1, a -> {
            if (!(a[1] instanceof PyType s)) {
                throw Exc.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(s.isSubtypeOf((PyType) a[0]));
        });
        // X | Y on classes makes a types.UnionType (PEP 604).
        Methods.def(t, "__or__", 1, 1, a -> PyUnionType.or(a[0], a[1]));
        Methods.def(t, "__ror__", 1, 1, a -> PyUnionType.or(a[1], a[0]));

        installExceptions();
        installFunctions();
    }

    /**
     * property_copy: getter/setter/deleter make a new object of the property's own type (a
     * subclass stays a subclass); a docstring taken from the getter is taken again from the new one.
     */
    private static PyObject propertyCopy(PyProperty q, PyObject fget, PyObject fset, PyObject fdel) {
        PyObject doc = q.doc;
        if (q.fget != PySingleton.NONE && fget != PySingleton.NONE) {
            PyObject getterDoc = Abstract.getAttrOrNull(q.fget, "__doc__");
            if (getterDoc != null && getterDoc == q.doc) {
                doc = PySingleton.NONE;
            }
        }
        return Abstract.call(q.type(), fget, fset, fdel, doc);
    }

    /** A builtin type named module.Name (as tp_name) is called Name. */
    private static String shortName(PyType t, String name) {
        return t.isBuiltin() ? name.substring(name.lastIndexOf('.') + 1) : name;
    }

    /** _common_reduce (typeobject.c): copyreg._reduce_ex below protocol 2, reduce_newobj from 2. */
    static PyObject commonReduce(PyObject obj, int proto) {
        PyObject copyreg = pyj.interp.Interpreter.importModule("copyreg");
        if (proto < 2) {
            return Abstract.call(Abstract.getAttr(copyreg, "_reduce_ex"), obj, PyInt.of(proto));
        }
        PyType cls = obj.type();
        PyObject args = null;
        PyObject kwargs = null;
        PyObject gnex = Abstract.getAttrOrNull(obj, "__getnewargs_ex__");
        if (gnex != null) {
            PyObject r = Abstract.call(gnex);
            if (!(r instanceof PyTuple t)) {
                throw Exc.typeError("__getnewargs_ex__ should return a tuple, not '" + Abstract.typeName(r) + "'");
            }
            if (t.size() != 2) {
                throw Exc.valueError("__getnewargs_ex__ should return a tuple of length 2, not " + t.size());
            }
            if (!(t.get(0) instanceof PyTuple)) {
                throw Exc.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + Abstract.typeName(t.get(0)) + "'");
            }
            if (!(t.get(1) instanceof PyDict)) {
                throw Exc.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + Abstract.typeName(t.get(1)) + "'");
            }
            args = t.get(0);
            kwargs = t.get(1);
        } else {
            PyObject gn = Abstract.getAttrOrNull(obj, "__getnewargs__");
            if (gn != null) {
                args = Abstract.call(gn);
                if (!(args instanceof PyTuple)) {
                    throw Exc.typeError("__getnewargs__ should return a tuple, not '" + Abstract.typeName(args) + "'");
                }
            }
        }
        boolean hasArgs = args != null;
        PyTuple a = hasArgs ? (PyTuple) args : new PyTuple();
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || Abstract.len(kwargs) == 0) {
            newobj = Abstract.getAttr(copyreg, "__newobj__");
            PyObject[] na = new PyObject[a.size() + 1];
            na[0] = cls;
            System.arraycopy(a.array(), 0, na, 1, a.size());
            newargs = new PyTuple(na);
        } else {
            newobj = Abstract.getAttr(copyreg, "__newobj_ex__");
            newargs = new PyTuple(cls, a, kwargs);
        }
        boolean isList = obj instanceof PyList;
        boolean isDict = obj instanceof PyDict;
        PyObject state = getState(obj, !hasArgs && !isList && !isDict);
        PyObject listItems = isList ? Abstract.iter(obj) : PySingleton.NONE;
        PyObject dictItems = isDict ? Abstract.iter(Abstract.call(Abstract.getAttr(obj, "items"))) : PySingleton.NONE;
        return new PyTuple(newobj, newargs, state, listItems, dictItems);
    }

    /** object_getstate: an overriding __getstate__ is called; object's own is _PyObject_GetState. */
    private static PyObject getState(PyObject obj, boolean required) {
        if (obj.type().lookup("__getstate__") == PyType.OBJECT.dict().get("__getstate__")) {
            return objectGetState(obj, required);
        }
        return Abstract.call(Abstract.getAttr(obj, "__getstate__"));
    }

    /**
     * _PyObject_GetState: the instance __dict__ when non-empty, else None. pyj has no __slots__, so
     * there are no slot values to add; a builtin layout without __getnewargs__ cannot be rebuilt.
     */
    static PyObject objectGetState(PyObject obj, boolean required) {
        if (required && !(obj instanceof PyInstance) && obj.type() != PyType.OBJECT) {
            throw Exc.typeError("cannot pickle '" + obj.type().name() + "' object");
        }
        PyDict d = obj.instanceDict();
        return d == null || d.size() == 0 ? PySingleton.NONE : d;
    }

    /** object.__repr__: {@code <module.Qualname object at 0x...>}. */
    public static String defaultRepr(PyObject obj) {
        PyType t = obj.type();
        PyObject m = t.dict().get("__module__");
        String prefix = !t.isBuiltin() && m instanceof PyStr ms && !ms.value().equals("builtins") ? ms.value() + "." : "";
        return "<" + prefix + t.qualname() + " object at 0x" + Integer.toHexString(System.identityHashCode(obj)) + ">";
    }

    static PyObject[] dir(PyObject obj) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        PyDict d = obj.instanceDict();
        if (d != null) {
            for (int i = 0; i < d.entryLimit(); i++) {
                if (d.keyAt(i) instanceof PyStr s) {
                    names.add(s.value());
                }
            }
        }
        PyType[] mro = obj instanceof PyType ty ? ty.mro() : obj.type().mro();
        for (PyType c : mro) {
            names.addAll(c.dict().keySet());
        }
        return names.stream().map(PyStr::of).toArray(PyObject[]::new);
    }

    /** type(name, bases, ns) and class statements: makes the class and runs __set_name__ / __init_subclass__. */
    public static PyType newClass(PyType meta, String name, PyTuple bases, PyDict ns) {
        return newClass(meta, name, bases, ns, NO_ARGS, null);
    }

    /** As above, with the class keywords passed on to __init_subclass__. */
    public static PyType newClass(PyType meta, String name, PyTuple bases, PyDict ns, PyObject[] kwValues, String[] kwNames) {
        PyType[] bs = new PyType[bases.size()];
        for (int i = 0; i < bs.length; i++) {
            if (!(bases.get(i) instanceof PyType b)) {
                throw Exc.typeError("bases must be types");
            }
            bs[i] = b;
        }
        Map<String, PyObject> m = new LinkedHashMap<>();
        for (int i = 0; i < ns.entryLimit(); i++) {
            PyObject k = ns.keyAt(i);
            if (k != null) {
                if (!(k instanceof PyStr ks)) {
                    throw Exc.typeError("pyj: class namespace keys must be str");
                }
                m.put(ks.value(), ns.valueAt(i));
            }
        }
        if (m.containsKey("__eq__") && !m.containsKey("__hash__")) {
            m.put("__hash__", PySingleton.NONE);
        }
        PyObject cell = m.remove("__classcell__");
        PyType t = PyType.create(meta, name, bs, m);
        if (cell instanceof PyCell c) {
            c.contents = t;
        }
        for (Map.Entry<String, PyObject> e : m.entrySet()) {
            PyObject sn = e.getValue().type().lookup("__set_name__");
            if (sn != null) {
                try {
                    Abstract.callWithSelf(sn, e.getValue(), new PyObject[] {t, PyStr.of(e.getKey())}, null);
                } catch (PyException err) {
                    // type_new_set_names in 3.11: a RuntimeError whose cause (and context) is the error.
                    PyBaseException r = new PyBaseException(Exc.RuntimeError, PyStr.of("Error calling __set_name__ on '"
                            + e.getValue().type().name() + "' instance " + Abstract.repr(PyStr.of(e.getKey())).value()
                            + " in '" + t.name() + "'"));
                    r.cause = err.exc;
                    r.context = err.exc;
                    r.suppressContext = true;
                    throw new PyException(r);
                }
            }
        }
        PySuper sup = new PySuper(t, t);
        PyObject init = sup.lookup("__init_subclass__");
        if (init != null) {
            Abstract.call(init, kwValues, kwNames == null || kwNames.length == 0 ? null : kwNames);
        }
        return t;
    }

    private static void installExceptions() {
        PyType b = Exc.BaseException;
        Methods.staticNew(b, (cls, a, kw) -> {
            PyObject e = cls.allocate();
            if (e instanceof PyBaseException be) {
                int np = a.length - (kw == null ? 0 : kw.length);
                be.args = new PyTuple(java.util.Arrays.copyOf(a, np));
            }
            return e;
        });
        Methods.defKw(b, "__init__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Exc.typeError(a[0].type().name() + "() takes no keyword arguments");
            }
            ((PyBaseException) a[0]).args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length));
            return PySingleton.NONE;
        });
        Methods.def(b, "__str__", 0, 0, a -> ((PyBaseException) a[0]).strImpl());
        Methods.def(b, "__repr__", 0, 0, a -> ((PyBaseException) a[0]).reprImpl());
        Methods.getset(b, "args", x -> ((PyBaseException) x).args,
                (x, v) -> ((PyBaseException) x).args = new PyTuple(Abstract.toArray(v)));
        Methods.getset(b, "__traceback__", x -> {
            PyObject tb = ((PyBaseException) x).traceback;
            return tb == null ? PySingleton.NONE : tb;
        }, (x, v) -> ((PyBaseException) x).traceback = checkTraceback(v));
        Methods.getset(b, "__context__", x -> orNone(((PyBaseException) x).context),
                (x, v) -> ((PyBaseException) x).context = v == PySingleton.NONE ? null : asExc(v, "context"));
        Methods.getset(b, "__cause__", x -> orNone(((PyBaseException) x).cause), (x, v) -> {
            PyBaseException e = (PyBaseException) x;
            e.cause = v == PySingleton.NONE ? null : asExc(v, "cause");
            e.suppressContext = true;
        });
        Methods.getset(b, "__suppress_context__", x -> PyBool.of(((PyBaseException) x).suppressContext),
                (x, v) -> ((PyBaseException) x).suppressContext = Abstract.isTrue(v));
        Methods.def(b, "with_traceback", 1, 1, a -> {
            ((PyBaseException) a[0]).traceback = checkTraceback(a[1]);
            return a[0];
        });
        // NameError(name=...) and AttributeError(name=..., obj=...): keyword-only members (3.10+).
        String[][] kwMembers = {{"name"}, {"name", "obj"}};
        PyType[] kwTypes = {Exc.NameError, Exc.AttributeError};
        for (int i = 0; i < 2; i++) {
            PyType et = kwTypes[i];
            String[] names = kwMembers[i];
            Methods.defKw(et, "__init__", (a, k) -> {
                int nk = k == null ? 0 : k.length;
                PyBaseException e = (PyBaseException) a[0];
                for (int j = 0; j < nk; j++) {
                    if (!java.util.Arrays.asList(names).contains(k[j])) {
                        throw Exc.typeError("'" + k[j] + "' is an invalid keyword argument for " + et.name() + "()");
                    }
                }
                e.args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length - nk));
                for (int j = 0; j < nk; j++) {
                    e.setInstanceAttr(k[j], a[a.length - nk + j]);
                }
                return PySingleton.NONE;
            });
            for (String n : names) {
                Methods.getset(et, n, x -> orNone(((PyBaseException) x).instanceAttr(n)),
                        (x, v) -> ((PyBaseException) x).setInstanceAttr(n, v == null ? PySingleton.NONE : v));
            }
        }
        // Members set by __init__ from the args as it finds them (later changes to args leave them alone).
        for (PyType t : new PyType[] {Exc.StopIteration, Exc.SystemExit}) {
            Methods.defKw(t, "__init__", (a, k) -> {
                if (k != null && k.length > 0) {
                    throw Exc.typeError(a[0].type().name() + "() takes no keyword arguments");
                }
                PyBaseException e = (PyBaseException) a[0];
                e.args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length));
                e.value = null;
                e.value = e.stopValue();
                return PySingleton.NONE;
            });
            Methods.getset(t, t == Exc.SystemExit ? "code" : "value", x -> ((PyBaseException) x).stopValue(),
                    (x, v) -> ((PyBaseException) x).value = v);
        }
    }

    private static PyProperty copy(PyProperty from, PyProperty to) {
        to.name = from.name;
        return to;
    }

    private static PyObject checkTraceback(PyObject v) {
        if (v == null) {
            throw Exc.typeError("__traceback__ may not be deleted");
        }
        if (v != PySingleton.NONE && !(v.type().isBuiltin() && v.type().name().equals("traceback"))) {
            throw Exc.typeError("__traceback__ must be a traceback or None");
        }
        return v == PySingleton.NONE ? null : v;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PySingleton.NONE : o;
    }

    private static PyBaseException asExc(PyObject v, String what) {
        if (v instanceof PyBaseException e) {
            return e;
        }
        throw Exc.typeError("exception " + what + " must be None or derive from BaseException");
    }

    private static void installFunctions() {
        PyType f = PyFunction.TYPE;
        Methods.def(f, "__repr__", 0, 0, a -> PyStr.of(((PyFunction) a[0]).repr()));
        Methods.defKw(f, "__call__", (a, k) -> Abstract.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
        Methods.def(f, "__get__", 1, 2, a -> a[1] == PySingleton.NONE ? a[0] : new PyMethod(a[0], a[1]));
        Methods.getset(f, "__name__", x -> PyStr.of(((PyFunction) x).name), (x, v) -> ((PyFunction) x).name = Abstract.str(v).value());
        Methods.getset(f, "__qualname__", x -> PyStr.of(((PyFunction) x).qualname),
                (x, v) -> ((PyFunction) x).qualname = Abstract.str(v).value());
        Methods.getset(f, "__doc__", x -> ((PyFunction) x).doc, (x, v) -> ((PyFunction) x).doc = v);
        Methods.getset(f, "__module__", x -> ((PyFunction) x).module, (x, v) -> ((PyFunction) x).module = v);
        Methods.getter(f, "__code__", x -> ((PyFunction) x).code);
        Methods.getter(f, "__globals__", x -> ((PyFunction) x).globals);
        Methods.getset(f, "__defaults__", x -> ((PyFunction) x).defaults == null ? PySingleton.NONE
                : new PyTuple(((PyFunction) x).defaults.clone()), (x, v) -> {
                    if (v != null && v != PySingleton.NONE && !(v instanceof PyTuple)) {
                        throw Exc.typeError("__defaults__ must be set to a tuple object");
                    }
                    ((PyFunction) x).defaults = v instanceof PyTuple t ? t.array().clone() : null;
                });
        Methods.getset(f, "__kwdefaults__", x -> orNone(((PyFunction) x).kwdefaults), (x, v) -> {
            if (v != null && v != PySingleton.NONE && !(v instanceof PyDict)) {
                throw Exc.typeError("__kwdefaults__ must be set to a dict object");
            }
            ((PyFunction) x).kwdefaults = v instanceof PyDict d ? d : null;
        });
        Methods.getter(f, "__closure__", x -> ((PyFunction) x).closure == null ? PySingleton.NONE
                : new PyTuple(((PyFunction) x).closure.clone()));
        Methods.getset(f, "__annotations__", x -> {
            PyFunction fn = (PyFunction) x;
            if (fn.annotations == null) {
                fn.annotations = new PyDict();
            }
            return fn.annotations;
        }, (x, v) -> {
            if (v != null && v != PySingleton.NONE && !(v instanceof PyDict)) {
                throw Exc.typeError("__annotations__ must be set to a dict object");
            }
            ((PyFunction) x).annotations = v instanceof PyDict d ? d : null;
        });
        PyType m = PyMethod.TYPE;
        // method_getattro falls back to the function's attributes.
        for (String attr : new String[] {"__module__", "__qualname__", "__name__", "__doc__"}) {
            Methods.getter(m, attr, x -> Abstract.getAttr(((PyMethod) x).func, attr));
        }
        Methods.def(m, "__repr__", 0, 0, a -> PyStr.of(((PyMethod) a[0]).repr()));
        // types.MethodType(func, obj), as method_new.
        Methods.staticNew(m, (cls, a, k) -> {
            Args.checkPositional("method", a, k, 2, 2);
            if (!Abstract.isCallable(a[0])) {
                throw Exc.typeError("first argument must be callable");
            }
            if (a[1] == PySingleton.NONE) {
                throw Exc.typeError("instance must not be None");
            }
            return new PyMethod(a[0], a[1]);
        });
        Methods.defKw(m, "__call__", (a, k) -> Abstract.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
        Methods.getter(m, "__self__", x -> ((PyMethod) x).self);
        Methods.getter(m, "__func__", x -> ((PyMethod) x).func);
        Methods.def(PyBuiltinFunction.TYPE, "__repr__", 0, 0, a -> PyStr.of(((PyBuiltinFunction) a[0]).repr()));
        Methods.getter(PyBuiltinFunction.TYPE, "__name__", x -> PyStr.of(((PyBuiltinFunction) x).name));
        Methods.getter(PyBuiltinFunction.TYPE, "__self__", x -> orNone(((PyBuiltinFunction) x).self));
        Methods.def(PyMethodDescr.TYPE, "__repr__", 0, 0, a -> PyStr.of(((PyMethodDescr) a[0]).repr()));
        Methods.getter(PyMethodDescr.TYPE, "__name__", x -> PyStr.of(((PyMethodDescr) x).name));
        Methods.def(PyMethodDescr.TYPE, "__get__", 1, 2, a -> ((PyMethodDescr) a[0]).get(a[1] == PySingleton.NONE ? null : a[1], null));
        Methods.defKw(PyMethodDescr.TYPE, "__call__", (a, k) -> ((PyMethodDescr) a[0]).call(java.util.Arrays.copyOfRange(a, 1, a.length), k));

        for (PySingleton s : new PySingleton[] {PySingleton.NONE, PySingleton.NOT_IMPLEMENTED, PySingleton.ELLIPSIS}) {
            Methods.def(s.type(), "__repr__", 0, 0, a -> PyStr.of(((PySingleton) a[0]).repr()));
            final PySingleton single = s;
            Methods.staticNew(s.type(), (cls, a, k) -> {
                if (a.length > 0) {
                    throw Exc.typeError(cls.name() + " takes no arguments");
                }
                return single;
            });
        }
        Methods.def(PySingleton.NONE_TYPE, "__bool__", 0, 0, a -> PyBool.FALSE);

        PyType p = PyProperty.TYPE;
        // As CPython: __new__ makes an empty property (of cls), __init__ fills it in, so that
        // subclasses with their own __init__ signature work.
        Methods.staticNew(p, (cls, a, k) -> {
            PyProperty q = new PyProperty(PySingleton.NONE, PySingleton.NONE, PySingleton.NONE, PySingleton.NONE);
            return cls == p ? q : Sub.attach(q, cls);
        });
        Methods.defKw(p, "__init__", (a, k) -> {
            PyProperty q = (PyProperty) a[0];
            Args args = new Args("property", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"fget", "fset", "fdel", "doc"}, 0, 4);
            q.fget = args.get(0, PySingleton.NONE);
            q.fset = args.get(1, PySingleton.NONE);
            q.fdel = args.get(2, PySingleton.NONE);
            PyObject doc = args.get(3, PySingleton.NONE);
            if (doc == PySingleton.NONE && q.fget != PySingleton.NONE) {
                PyObject d = Abstract.getAttrOrNull(q.fget, "__doc__");
                doc = d == null ? PySingleton.NONE : d;
            }
            q.doc = doc;
            return PySingleton.NONE;
        });
        Methods.def(p, "getter", 1, 1, a -> { PyProperty q = (PyProperty) a[0]; return propertyCopy(q, a[1], q.fset, q.fdel); });
        Methods.def(p, "setter", 1, 1, a -> { PyProperty q = (PyProperty) a[0]; return propertyCopy(q, q.fget, a[1], q.fdel); });
        Methods.def(p, "deleter", 1, 1, a -> { PyProperty q = (PyProperty) a[0]; return propertyCopy(q, q.fget, q.fset, a[1]); });
        Methods.def(p, "__set_name__", 2, 2, a -> {
            ((PyProperty) a[0]).name = a[2];
            return PySingleton.NONE;
        });
        Methods.getter(p, "fget", x -> ((PyProperty) x).fget);
        Methods.getter(p, "fset", x -> ((PyProperty) x).fset);
        Methods.getter(p, "fdel", x -> ((PyProperty) x).fdel);
        Methods.getter(p, "__doc__", x -> ((PyProperty) x).doc);
        Methods.def(p, "__get__", 1, 2, a -> ((PyProperty) a[0]).get(a[1] == PySingleton.NONE ? null : a[1], null));
        Methods.def(p, "__set__", 2, 2, a -> { ((PyProperty) a[0]).set(a[1], a[2]); return PySingleton.NONE; });
        Methods.def(p, "__delete__", 1, 1, a -> { ((PyProperty) a[0]).set(a[1], null); return PySingleton.NONE; });
        Methods.staticNew(PyStaticMethod.TYPE, (cls, a, k) -> {
            Args.checkPositional("staticmethod", a, k, 1, 1);
            PyStaticMethod sm = new PyStaticMethod(a[0]);
            return cls == PyStaticMethod.TYPE ? sm : Sub.attach(sm, cls);
        });
        Methods.def(PyStaticMethod.TYPE, "__init__", 0, 1, a -> {
            if (a.length > 1) {
                ((PyStaticMethod) a[0]).func = a[1];
            }
            return PySingleton.NONE;
        });
        Methods.def(PyStaticMethod.TYPE, "__get__", 1, 2, a -> ((PyStaticMethod) a[0]).func);
        Methods.getter(PyStaticMethod.TYPE, "__func__", x -> ((PyStaticMethod) x).func);
        Methods.staticNew(PyClassMethod.TYPE, (cls, a, k) -> {
            Args.checkPositional("classmethod", a, k, 1, 1);
            PyClassMethod cm = new PyClassMethod(a[0]);
            return cls == PyClassMethod.TYPE ? cm : Sub.attach(cm, cls);
        });
        Methods.def(PyClassMethod.TYPE, "__init__", 0, 1, a -> {
            if (a.length > 1) {
                ((PyClassMethod) a[0]).func = a[1];
            }
            return PySingleton.NONE;
        });
        Methods.def(PyClassMethod.TYPE, "__get__", 1, 2, a -> ((PyClassMethod) a[0]).get(
                a[1] == PySingleton.NONE ? null : a[1], a.length > 2 && a[2] instanceof PyType t ? t : null));
        Methods.getter(PyClassMethod.TYPE, "__func__", x -> ((PyClassMethod) x).func);
        Methods.def(PyStaticMethod.TYPE, "__get__", 1, 2, a -> ((PyStaticMethod) a[0]).func);
        Methods.def(PyClassMethod.TYPE, "__get__", 1, 2, a -> {
            PyObject t = a.length > 2 && a[2] != PySingleton.NONE ? a[2] : a[1].type();
            return new PyMethod(((PyClassMethod) a[0]).func, t);
        });
        Methods.getter(PySuper.TYPE, "__thisclass__", x -> ((PySuper) x).thisType);
        Methods.getter(PySuper.TYPE, "__self__", x -> ((PySuper) x).obj);
        Methods.getter(PySuper.TYPE, "__self_class__", x -> ((PySuper) x).objType);
        PySuper.TYPE.define("__getattribute__", SUPER_GETATTRIBUTE);
        Methods.def(PySuper.TYPE, "__repr__", 0, 0, a -> PyStr.of("<super: <class '" + ((PySuper) a[0]).thisType.name()
                + "'>, <" + ((PySuper) a[0]).objType.name() + " object>>"));
        Methods.staticNew(PySuper.TYPE, (cls, a, k) -> {
            Args.checkPositional("super", a, k, 2, 2);
            if (!(a[0] instanceof PyType ty)) {
                throw Exc.typeError("super() argument 1 must be a type, not " + a[0].type().name());
            }
            return new PySuper(ty, a[1]);
        });
        Methods.def(PyModule.TYPE, "__repr__", 0, 0, a -> PyStr.of("<module '" + ((PyModule) a[0]).name() + "' (built-in)>"));
        Methods.def(PyCodeObj.TYPE, "__repr__", 0, 0, a -> PyStr.of(((PyCodeObj) a[0]).code.repr()));
        Methods.getter(PyCodeObj.TYPE, "co_name", x -> PyStr.of(((PyCodeObj) x).code.name()));
        Methods.getter(PyCodeObj.TYPE, "co_filename", x -> PyStr.of(((PyCodeObj) x).code.filename()));
        Methods.getter(PyCodeObj.TYPE, "co_firstlineno", x -> PyInt.of(((PyCodeObj) x).code.firstlineno()));
        Methods.getter(PyCell.TYPE, "cell_contents", x -> {
            PyObject c = ((PyCell) x).contents;
            if (c == null) {
                throw Exc.valueError("Cell is empty");
            }
            return c;
        });
    }
}
