package pyj.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.GenericAlias}: what {@code list[int]} makes (PEP 585), after CPython 3.11's
 * Objects/genericaliasobject.c. Attribute access goes to the origin except for the alias's own
 * attributes, so {@code list[int].__name__} is 'list' and {@code list[int].append} is list.append.
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", null);

    /** The names an alias answers itself; every other attribute is the origin's (ga_getattro). */
    private static final java.util.Set<String> OWN_ATTRIBUTES = java.util.Set.of("__class__", "__origin__",
            "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__",
            "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    public final PyObject origin;
    public final PyTuple args;
    private PyTuple parameters;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : new PyTuple(args);
    }

    /** Set when this is an instance of a Python subclass (see Sub); _collections_abc subclasses it. */
    Sub sub;

    @Override
    public PyType type() {
        return sub == null ? TYPE : sub.type;
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

    /** _Py_make_parameters: the type variables among the arguments, in order, without repeats. */
    PyTuple parameters() {
        if (parameters == null) {
            List<PyObject> found = new ArrayList<>();
            for (PyObject a : args.array()) {
                if (a instanceof PyType) {
                    continue;
                }
                if (Abstract.getAttrOrNull(a, "__typing_subst__") != null) {
                    addOnce(found, a);
                } else if (Abstract.getAttrOrNull(a, "__parameters__") instanceof PyTuple sub) {
                    for (PyObject p : sub.array()) {
                        addOnce(found, p);
                    }
                }
            }
            parameters = PyTuple.of(found);
        }
        return parameters;
    }

    private static void addOnce(List<PyObject> l, PyObject o) {
        for (PyObject x : l) {
            if (x == o) {
                return;
            }
        }
        l.add(o);
    }

    /** ga_repr: {@code list[int]}, {@code tuple[()]}, {@code dict[str, list[int]]}. */
    String repr() {
        StringBuilder sb = new StringBuilder(reprItem(origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprItem(args.get(i)));
        }
        return sb.append(']').toString();
    }

    /** ga_repr_item: '...' for Ellipsis, module.qualname for classes, repr otherwise. */
    private static String reprItem(PyObject p) {
        if (p == PySingleton.ELLIPSIS) {
            return "...";
        }
        if (Abstract.getAttrOrNull(p, "__origin__") != null && Abstract.getAttrOrNull(p, "__args__") != null) {
            return Abstract.repr(p).value();
        }
        PyObject qualname = Abstract.getAttrOrNull(p, "__qualname__");
        PyObject module = Abstract.getAttrOrNull(p, "__module__");
        if (qualname == null || module == null) {
            return Abstract.repr(p).value();
        }
        String q = Abstract.str(qualname).value();
        if (module instanceof PyStr m && m.value().equals("builtins")) {
            return q;
        }
        return Abstract.str(module).value() + "." + q;
    }

    /** ga_getitem (_Py_subs_parameters): substitute the type variables by the given arguments. */
    PyObject substitute(PyObject item) {
        PyTuple params = parameters();
        if (params.size() == 0) {
            throw Exc.typeError(repr() + " is not a generic class");
        }
        PyObject[] items = item instanceof PyTuple t ? t.array() : new PyObject[] {item};
        if (items.length != params.size()) {
            throw Exc.typeError("Too " + (items.length > params.size() ? "many" : "few") + " arguments for "
                    + repr() + "; actual " + items.length + ", expected " + params.size());
        }
        PyObject[] out = new PyObject[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = substituteArg(args.get(i), params, items);
        }
        return new PyGenericAlias(origin, new PyTuple(out));
    }

    private static PyObject substituteArg(PyObject arg, PyTuple params, PyObject[] items) {
        if (arg instanceof PyType) {
            return arg;
        }
        PyObject subst = Abstract.getAttrOrNull(arg, "__typing_subst__");
        if (subst != null) {
            for (int j = 0; j < params.size(); j++) {
                if (params.get(j) == arg) {
                    return Abstract.call(subst, items[j]);
                }
            }
        }
        if (Abstract.getAttrOrNull(arg, "__parameters__") instanceof PyTuple sub && sub.size() > 0) {
            PyObject[] subItems = new PyObject[sub.size()];
            for (int k = 0; k < subItems.length; k++) {
                for (int j = 0; j < params.size(); j++) {
                    if (params.get(j) == sub.get(k)) {
                        subItems[k] = items[j];
                    }
                }
            }
            return Abstract.getItem(arg, subItems.length == 1 ? subItems[0] : new PyTuple(subItems));
        }
        return arg;
    }

    /** Fills the type's dict, and gives the builtin generic types their {@code __class_getitem__}. */
    static void install() {
        PyType t = TYPE;
        Methods.staticNew(t, (cls, a, kw) -> {
            Args.checkPositional("GenericAlias", a, kw, 2, 2);
            PyGenericAlias g = new PyGenericAlias(a[0], a[1]);
            return cls == TYPE ? g : Sub.attach(g, cls);
        });
        Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(((PyGenericAlias) a[0]).repr()));
        Methods.defKw(t, "__call__", (a, kw) -> {
            PyGenericAlias self = (PyGenericAlias) a[0];
            PyObject r = Abstract.call(self.origin, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            try {
                Abstract.setAttr(r, "__orig_class__", self);
            } catch (PyException e) {
                // Instances without attributes just don't record it, as in CPython.
                if (!Exc.matches(e, Exc.AttributeError) && !Exc.matches(e, Exc.TypeError)) {
                    throw e;
                }
            }
            return r;
        });
        Methods.def(t, "__getattribute__", 1, 1, a -> {
            PyGenericAlias self = (PyGenericAlias) a[0];
            if (!(a[1] instanceof PyStr name)) {
                throw Exc.typeError("attribute name must be string, not '" + a[1].type().name() + "'");
            }
            return switch (name.value()) {
                case "__origin__" -> self.origin;
                case "__args__" -> self.args;
                case "__parameters__" -> self.parameters();
                case "__unpacked__" -> PyBool.of(false);
                default -> {
                    if (!OWN_ATTRIBUTES.contains(name.value())) {
                        yield Abstract.getAttr(self.origin, name.value());
                    }
                    PyObject r = Abstract.genericGetAttr(self, self.type(), name.value());
                    if (r == null) {
                        throw Abstract.noAttribute(self, name.value());
                    }
                    yield r;
                }
            };
        });
        Methods.def(t, "__getitem__", 1, 1, a -> ((PyGenericAlias) a[0]).substitute(a[1]));
        Methods.def(t, "__or__", 1, 1, a -> PyUnionType.or(a[0], a[1]));
        Methods.def(t, "__ror__", 1, 1, a -> PyUnionType.or(a[1], a[0]));
        Methods.def(t, "__mro_entries__", 1, 1, a -> new PyTuple(((PyGenericAlias) a[0]).origin));
        Methods.def(t, "__instancecheck__", 1, 1, a -> {
            throw Exc.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        Methods.def(t, "__subclasscheck__", 1, 1, a -> {
            throw Exc.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        Methods.def(t, "__eq__", 1, 1, a -> {
            if (!(a[0] instanceof PyGenericAlias x) || !(a[1] instanceof PyGenericAlias y)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return PyBool.of(Abstract.eq(x.origin, y.origin) && Abstract.eq(x.args, y.args));
        });
        Methods.def(t, "__hash__", 0, 0, a -> {
            PyGenericAlias self = (PyGenericAlias) a[0];
            return PyInt.of(Abstract.hash(self.origin) ^ Abstract.hash(self.args));
        });
        Methods.def(t, "__reduce__", 0, 0, a -> {
            PyGenericAlias self = (PyGenericAlias) a[0];
            return new PyTuple(TYPE, new PyTuple(self.origin, self.args));
        });
        // The builtin generic classes of CPython 3.11 (those pyj has so far).
        PyObject classGetItem = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> {
            Args.checkPositional("__class_getitem__", a, kw, 2, 2);
            return new PyGenericAlias(a[0], a[1]);
        }));
        for (PyType g : new PyType[] {PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.SET_TYPE, PySet.FROZENSET_TYPE,
            PyType.TYPE}) {
            g.define("__class_getitem__", classGetItem);
        }
    }
}
