package pyj.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Python type: name, bases, C3 MRO and a dict. Attribute lookup through the MRO
 * ({@link #lookup}) is cached per name; the cache and the {@link #version()} tag are reset whenever
 * this type or any base is mutated, so specialized instructions can later guard on the tag.
 */
public final class PyType extends PyObject {
    /** {@code type} and {@code object}: made first, before any other type exists. */
    public static final PyType TYPE;
    public static final PyType OBJECT;

    static {
        OBJECT = new PyType("object", new PyType[0], null);
        OBJECT.allocator = PyInstance::new;
        TYPE = new PyType("type", new PyType[] {OBJECT}, null);
        OBJECT.metatype = TYPE;
        TYPE.metatype = TYPE;
        // Metaclasses subclass type; their instances are made by type.__new__, never allocated.
        TYPE.allocator = t -> {
            throw Exc.typeError("object.__new__(" + t.name + ") is not safe, use type.__new__()");
        };
    }

    private static int nextVersion = 1;

    private String name;
    private String qualname;
    PyType metatype;
    private PyType[] bases;
    private PyType[] mro;
    private final LinkedHashMap<String, PyObject> dict = new LinkedHashMap<>();
    private final boolean builtin;
    private final List<PyType> subclasses = new ArrayList<>();
    private int version;

    /** The direct subclasses, in creation order (type.__subclasses__). */
    public List<PyType> subclasses() {
        return List.copyOf(subclasses);
    }
    private final HashMap<String, PyObject> cache = new HashMap<>();
    /** Makes an instance of a Python subclass (the "solid base"'s layout); null: not subclassable. */
    Function<PyType, PyObject> allocator;
    /** The shared layout every new instance of this (Python) class starts with. */
    final Layout rootLayout = new Layout();
    /** Does an instance of this type carry a __dict__ (user classes and exceptions do)? */
    boolean hasInstanceDict;
    /** How many __slots__ members an instance holds, this class's and its bases' together. */
    int memberCount;

    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };

    private PyType(String name, PyType[] bases, PyType metatype) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.metatype = metatype;
        this.builtin = true;
        this.mro = computeBuiltinMro();
        for (PyType b : bases) {
            b.subclasses.add(this);
        }
        this.version = nextVersion++;
    }

    private PyType(PyType metatype, String name, PyType[] bases, Map<String, PyObject> ns) {
        this.metatype = metatype;
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.builtin = false;
        this.dict.putAll(ns);
        this.mro = c3();
        PyType solid = solidBase();
        this.allocator = solid.allocator;
        this.hasInstanceDict = true;
        for (PyType b : bases) {
            memberCount = Math.max(memberCount, b.memberCount);
        }
        for (PyType b : bases) {
            b.subclasses.add(this);
        }
        this.version = nextVersion++;
    }

    /** A builtin type with one base (object if null). */
    public static PyType builtin(String name, PyType base) {
        return docNone(new PyType(name, new PyType[] {base == null ? OBJECT : base}, TYPE));
    }

    /**
     * Every type has __doc__ in its dict (None without a docstring), so instances answer it too.
     * Types made before the object model is installed get it from {@link #docNoneAll}.
     */
    static PyType docNone(PyType t) {
        if (Methods.isInstalled()) {
            t.dict.putIfAbsent("__doc__", PySingleton.NONE);
        }
        return t;
    }

    static void docNoneAll(PyType t) {
        t.dict.putIfAbsent("__doc__", PySingleton.NONE);
        for (PyType s : t.subclasses()) {
            if (s.builtin) {
                docNoneAll(s);
            }
        }
    }

    /** A builtin type with several bases (ExceptionGroup): C3 MRO. */
    public static PyType builtin(String name, PyType base, PyType... more) {
        PyType[] b = new PyType[1 + more.length];
        b[0] = base;
        System.arraycopy(more, 0, b, 1, more.length);
        return docNone(new PyType(name, b, TYPE));
    }

    /** A class made by type(name, bases, ns) / a class statement. */
    public static PyType create(PyType metatype, String name, PyType[] bases, Map<String, PyObject> ns) {
        if (bases.length == 0) {
            bases = new PyType[] {OBJECT};
        }
        for (PyType b : bases) {
            if (b.allocator == null) {
                throw Exc.typeError("type '" + b.name + "' is not an acceptable base type"
                        + (b.builtin && b != PyBool.TYPE && b != PySingleton.NONE_TYPE ? " (pyj: subclassing it is not implemented yet)" : ""));
            }
        }
        PyType solid = null;
        for (PyType b : bases) {
            PyType bs = layoutBase(b.builtin ? b : b.solidBase());
            if (bs == OBJECT || bs.allocator == OBJECT.allocator) {
                continue;
            }
            if (solid == null || bs.isSubtypeOf(solid)) {
                solid = bs;
            } else if (!solid.isSubtypeOf(bs)) {
                throw Exc.typeError("multiple bases have instance lay-out conflict");
            }
        }
        PyType t = new PyType(metatype, name, bases, ns);
        PyObject slots = ns.get("__slots__");
        if (slots != null) {
            t.applySlots(slots);
        }
        t.dict.putIfAbsent("__doc__", PySingleton.NONE); // type_new_set_doc
        // __new__ is an implicit staticmethod, __init_subclass__ and __class_getitem__ implicit classmethods.
        PyObject nw = t.dict.get("__new__");
        if (nw instanceof PyFunction) {
            t.dict.put("__new__", new PyStaticMethod(nw));
        }
        for (String k : new String[] {"__init_subclass__", "__class_getitem__"}) {
            if (t.dict.get(k) instanceof PyFunction f) {
                t.dict.put(k, new PyClassMethod(f));
            }
        }
        if (ns.get("__qualname__") instanceof PyStr q) {
            t.qualname = q.value();
            t.dict.remove("__qualname__");
        }
        return t;
    }

    private PyType[] computeBuiltinMro() {
        if (bases.length > 1) {
            return c3();
        }
        List<PyType> l = new ArrayList<>();
        l.add(this);
        if (bases.length > 0) {
            for (PyType t : bases[0].mro) {
                l.add(t);
            }
        }
        return l.toArray(new PyType[0]);
    }

    /** C3 linearization (Objects/typeobject.c mro_implementation). */
    private PyType[] c3() {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Exc.typeError("duplicate base class " + bases[i].name);
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(this);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) {
                // set_mro_error: the distinct heads of the sequences left to merge.
                java.util.LinkedHashSet<PyType> heads = new java.util.LinkedHashSet<>();
                for (List<PyType> sq : seqs) {
                    heads.add(sq.get(0));
                }
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
                int i = 0;
                for (PyType h : heads) {
                    sb.append(i++ == 0 ? " " : ", ").append(h.name);
                }
                throw Exc.typeError(sb.toString());
            }
            out.add(cand);
            for (List<PyType> s : seqs) {
                if (s.get(0) == cand) {
                    s.remove(0);
                }
            }
        }
    }

    /**
     * type_new's __slots__ handling: a member descriptor per name (mangled), no instance __dict__
     * unless '__dict__' is listed or a base already gives one.
     */
    private void applySlots(PyObject spec) {
        java.util.List<String> names = new java.util.ArrayList<>();
        PyObject[] items = spec instanceof PyStr s ? new PyObject[] {s} : Abstract.toArray(spec);
        boolean wantDict = false;
        for (PyObject o : items) {
            if (!(o instanceof PyStr s)) {
                throw Exc.typeError("__slots__ items must be strings, not '" + o.type().name() + "'");
            }
            String n = s.value();
            if (!StrMethods.isIdentifier(n)) {
                throw Exc.typeError("__slots__ must be identifiers");
            }
            if (n.equals("__dict__")) {
                if (wantDict || baseHasDict()) {
                    throw Exc.typeError("__dict__ slot disallowed: we already got one");
                }
                wantDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                continue; // pyj's weak references need no slot
            }
            names.add(pyj.compile.Symtable.mangle(name, n));
        }
        PyType solid = solidBase();
        // Variable-size builtins (tp_itemsize != 0) have no room for members.
        if (!names.isEmpty() && (solid == PyInt.TYPE || solid == PyTuple.TYPE || solid == PyBytes.TYPE)) {
            throw Exc.typeError("nonempty __slots__ not supported for subtype of '" + solid.name + "'");
        }
        java.util.Collections.sort(names);
        for (String n : names) {
            if (dict.containsKey(n)) {
                throw Exc.valueError("'" + n + "' in __slots__ conflicts with class variable");
            }
        }
        for (String n : names) {
            dict.put(n, new PyMemberDescr(this, n, memberCount++));
        }
        hasInstanceDict = wantDict || baseHasDict();
    }

    /** Whether a base already gives instances a __dict__ (object does not). */
    private boolean baseHasDict() {
        for (PyType b : bases) {
            if (b != OBJECT && b.hasInstanceDict) {
                return true;
            }
        }
        return false;
    }

    /** Builtin types allocating as their base does share its layout (CPython's solid_base). */
    private static PyType layoutBase(PyType t) {
        while (t.base() != null && t.base() != OBJECT && t.base().allocator == t.allocator) {
            t = t.base();
        }
        return t;
    }

    /** The nearest base that fixes the instance layout (has its own allocator). */
    private PyType solidBase() {
        for (PyType t : mro) {
            if (t != this && t.builtin && t.allocator != null) {
                return t;
            }
        }
        return OBJECT;
    }

    @Override
    public PyType type() {
        return metatype;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public PyType[] bases() {
        return bases.clone();
    }

    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    public PyType[] mro() {
        return mro.clone();
    }

    public int version() {
        return version;
    }

    /** The type's own dict (not through the MRO). */
    public Map<String, PyObject> dict() {
        return dict;
    }

    /** Makes an instance of this (Python-defined or builtin-with-allocator) type. */
    public PyObject allocate() {
        if (allocator == null) {
            throw Exc.typeError("cannot create '" + name + "' instances");
        }
        return allocator.apply(this);
    }

    /** Looks {@code name} up along the MRO (_PyType_Lookup), or null. Cached until the next mutation. */
    public PyObject lookup(String name) {
        PyObject v = cache.get(name);
        if (v == null) {
            v = MISSING;
            for (PyType t : mro) {
                PyObject x = t.dict.get(name);
                if (x != null) {
                    v = x;
                    break;
                }
            }
            cache.put(name, v);
        }
        return v == MISSING ? null : v;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Any mutation of this type or a base: new version tags, empty caches, down the whole subtree. */
    private void modified() {
        version = nextVersion++;
        cache.clear();
        for (PyType s : subclasses) {
            s.modified();
        }
    }

    /** Used while setting builtin types up (no version change needed: nothing is cached yet). */
    public void define(String name, PyObject value) {
        dict.put(name, value);
        modified();
    }

    /** type.__setattr__ / __delattr__ on a class (value null deletes). */
    public void setTypeAttr(String attr, PyObject value) {
        if (builtin) {
            throw Exc.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (attr.equals("__name__") && value != null) {
            if (!(value instanceof PyStr s)) {
                throw Exc.typeError("can only assign string to " + name + ".__name__, not '" + value.type().name + "'");
            }
            name = s.value();
            return;
        }
        if (attr.equals("__qualname__") && value instanceof PyStr s) {
            qualname = s.value();
            return;
        }
        if (value == null) {
            if (dict.remove(attr) == null) {
                throw Exc.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
            }
        } else {
            dict.put(attr, value);
        }
        modified();
    }

    @Override
    public PyObject instanceAttr(String attr) {
        return dict.get(attr);
    }

    /** Builtin types print as {@code <class 'int'>}; others as {@code <class 'module.Qualname'>}. */
    public String repr() {
        PyObject mod = dict.get("__module__");
        if (!builtin && mod instanceof PyStr m && !m.value().equals("builtins")) {
            return "<class '" + m.value() + "." + qualname + "'>";
        }
        return "<class '" + qualname + "'>";
    }

    /** Hidden-class layouts: attribute name -> slot index, shared by instances built the same way. */
    public static final class Layout {
        final HashMap<String, Integer> index;
        final String[] names;
        private final HashMap<String, Layout> transitions = new HashMap<>();

        Layout() {
            this.index = new HashMap<>();
            this.names = new String[0];
        }

        private Layout(Layout from, String added) {
            this.index = new HashMap<>(from.index);
            this.index.put(added, from.names.length);
            this.names = java.util.Arrays.copyOf(from.names, from.names.length + 1);
            this.names[from.names.length] = added;
        }

        /** The layout after adding {@code attr}: shared by every instance that adds the same names in order. */
        synchronized Layout with(String attr) {
            return transitions.computeIfAbsent(attr, a -> new Layout(this, a));
        }

        public int slot(String attr) {
            Integer i = index.get(attr);
            return i == null ? -1 : i;
        }

        public int size() {
            return names.length;
        }
    }
}
