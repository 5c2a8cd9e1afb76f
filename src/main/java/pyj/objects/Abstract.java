package pyj.objects;

import pyj.interp.Interpreter;

/**
 * The abstract object protocol (CPython's Objects/abstract.c, object.c, typeobject.c slot logic)
 * as static methods: attribute access with descriptors, calls, binary and in-place operators with
 * reflection and NotImplemented, rich comparison, truth, len, iteration, hashing, repr/str.
 * Exact builtin types take Java fast paths; everything else goes through the type's MRO lookup,
 * so a Python subclass's override always wins.
 */
public final class Abstract {
    private Abstract() {}

    public static final PySingleton NONE = PySingleton.NONE;
    public static final PySingleton NI = PySingleton.NOT_IMPLEMENTED;
    private static final PyObject[] NO_ARGS = new PyObject[0];

    /** NB_* operand names in BINARY_OP order (Include/opcode.h), without underscores. */
    static final String[] NB_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};
    static final String[] NB_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] NB_DUNDER = new String[13];
    private static final String[] NB_RDUNDER = new String[13];
    private static final String[] NB_IDUNDER = new String[13];

    static {
        for (int i = 0; i < 13; i++) {
            NB_DUNDER[i] = "__" + NB_NAMES[i] + "__";
            NB_RDUNDER[i] = "__r" + NB_NAMES[i] + "__";
            NB_IDUNDER[i] = "__i" + NB_NAMES[i] + "__";
        }
    }

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;
    static final String[] CMP_DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static final String[] CMP_SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
    private static final int[] CMP_SWAP = {GT, GE, EQ, NE, LT, LE};

    public static PyType typeOf(PyObject o) {
        return o.type();
    }

    public static String typeName(PyObject o) {
        return o.type().name();
    }

    public static boolean isInstance(PyObject o, PyType t) {
        return o.type().isSubtypeOf(t);
    }

    // ---- calls ----

    public static PyObject call(PyObject f, PyObject... args) {
        return call(f, args, null);
    }

    /** Calls f with positional args then keyword values named by kwnames (CPython's vectorcall). */
    public static PyObject call(PyObject f, PyObject[] args, String[] kwnames) {
        if (f instanceof PyFunction fn) {
            return Interpreter.callFunction(fn, args, kwnames);
        }
        if (f instanceof PyBuiltinFunction bf) {
            return bf.call(args, kwnames);
        }
        if (f instanceof PyMethod m) {
            return call(m.func, prepend(m.self, args), kwnames);
        }
        if (f instanceof PyType t) {
            if (t.type() != PyType.TYPE) {
                PyObject mc = t.type().lookup("__call__");
                if (mc != TypeCalls.TYPE_CALL) {
                    return callWithSelf(mc, t, args, kwnames);
                }
            }
            return TypeCalls.call(t, args, kwnames);
        }
        if (f instanceof PyMethodDescr md) {
            return md.call(args, kwnames);
        }
        PyObject c = f.type().lookup("__call__");
        if (c == null) {
            throw Exc.typeError("'" + typeName(f) + "' object is not callable");
        }
        return callWithSelf(c, f, args, kwnames);
    }

    public static PyObject[] prepend(PyObject self, PyObject[] args) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }

    /** Calls an attribute found on the type (unbound) as a method of self. */
    public static PyObject callWithSelf(PyObject descr, PyObject self, PyObject[] args, String[] kwnames) {
        if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
            return call(descr, prepend(self, args), kwnames);
        }
        return call(bind(descr, self, self.type()), args, kwnames);
    }

    /** Looks a special method up on the type and calls it; null if the type has none. */
    public static PyObject callSpecial(PyObject self, String name, PyObject... args) {
        PyObject d = self.type().lookup(name);
        if (d == null) {
            return null;
        }
        return callWithSelf(d, self, args, null);
    }

    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return call(getAttr(obj, name), args, null);
    }

    // ---- attributes ----

    /** Applies the descriptor protocol to a value found on a type. */
    public static PyObject bind(PyObject v, PyObject obj, PyType type) {
        Descriptor d = javaDescriptor(v);
        if (d != null) {
            return d.get(obj, type);
        }
        return bindUserDescriptor(v, obj, type);
    }

    /**
     * A descriptor implemented in Java, or null. An instance of a Python subclass of a builtin
     * descriptor type (e.g. abc's classes deriving from classmethod or property) goes through
     * its type's __get__/__set__/__delete__ instead, which the subclass may override.
     */
    public static Descriptor javaDescriptor(PyObject v) {
        return v instanceof Descriptor d && v.type().isBuiltin() ? d : null;
    }

    /** A value with a Python-level __get__ (a descriptor class written in Python). */
    public static PyObject bindUserDescriptor(PyObject v, PyObject obj, PyType type) {
        PyType vt = v.type();
        if (vt.isBuiltin()) {
            return v;
        }
        PyObject get = vt.lookup("__get__");
        if (get == null) {
            return v;
        }
        return callWithSelf(get, v, new PyObject[] {obj == null ? NONE : obj, type}, null);
    }

    private static boolean isDataDescriptor(PyObject v) {
        Descriptor d = javaDescriptor(v);
        if (d != null) {
            return d.isData();
        }
        PyType vt = v.type();
        return !vt.isBuiltin() && (vt.lookup("__set__") != null || vt.lookup("__delete__") != null);
    }

    public static PyObject getAttr(PyObject obj, String name) {
        try {
            return getAttr0(obj, name);
        } catch (PyException e) {
            // set_attribute_error_context: name and obj, for the "Did you mean" suggestion.
            if (e.exc.type().isSubtypeOf(Exc.AttributeError) && e.exc.instanceAttr("name") == null
                    && e.exc.instanceAttr("obj") == null) {
                e.exc.setInstanceAttr("name", PyStr.of(name));
                e.exc.setInstanceAttr("obj", obj);
            }
            throw e;
        }
    }

    private static PyObject getAttr0(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject ga = t.lookup("__getattribute__");
        if (ga != TypeCalls.OBJECT_GETATTRIBUTE && ga != TypeCalls.TYPE_GETATTRIBUTE
                && !(obj instanceof PySuper && ga == TypeCalls.SUPER_GETATTRIBUTE)) {
            // A Python __getattribute__ / __getattr__: their AttributeError reaches the caller as raised.
            PyObject gaf = t.lookup("__getattr__");
            if (gaf == null) {
                return callWithSelf(ga, obj, new PyObject[] {PyStr.of(name)}, null);
            }
            try {
                return callWithSelf(ga, obj, new PyObject[] {PyStr.of(name)}, null);
            } catch (PyException e) {
                if (!Exc.matches(e, Exc.AttributeError)) {
                    throw e;
                }
            }
            return callWithSelf(gaf, obj, new PyObject[] {PyStr.of(name)}, null);
        }
        PyObject gaf = t.lookup("__getattr__");
        if (gaf == null) {
            // A descriptor's own AttributeError reaches the caller unchanged.
            PyObject r = obj instanceof PySuper s && (r = s.lookup(name)) != null ? r
                    : obj instanceof PyType ty ? typeGetAttr(ty, name) : genericGetAttr(obj, t, name);
            if (r == null) {
                throw noAttribute(obj, name);
            }
            return r;
        }
        PyObject r;
        try {
            r = obj instanceof PyType ty ? typeGetAttr(ty, name)
                    : obj instanceof PySuper s && (r = s.lookup(name)) != null ? r : genericGetAttr(obj, t, name);
        } catch (PyException e) {
            // slot_tp_getattr_hook: an AttributeError (say from a property) falls back to __getattr__.
            if (!Exc.matches(e, Exc.AttributeError)) {
                throw e;
            }
            r = null;
        }
        return r != null ? r : callWithSelf(gaf, obj, new PyObject[] {PyStr.of(name)}, null);
    }

    public static PyException noAttribute(PyObject obj, String name) {
        if (obj instanceof PyType t) {
            return Exc.attributeError("type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        if (obj instanceof PyModule m) {
            return Exc.attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
        }
        return Exc.attributeError("'" + typeName(obj) + "' object has no attribute '" + name + "'");
    }

    /** getattr that answers null for a missing attribute instead of raising (other errors propagate). */
    public static PyObject getAttrOrNull(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject ga = t.lookup("__getattribute__");
        PyObject r;
        if (ga == TypeCalls.OBJECT_GETATTRIBUTE || ga == TypeCalls.TYPE_GETATTRIBUTE
                || (obj instanceof PySuper && ga == TypeCalls.SUPER_GETATTRIBUTE)) {
            try {
                if (obj instanceof PySuper s) {
                    r = s.lookup(name);
                    if (r == null) {
                        r = genericGetAttr(obj, t, name);
                    }
                } else {
                    r = obj instanceof PyType ty ? typeGetAttr(ty, name) : genericGetAttr(obj, t, name);
                }
            } catch (PyException e) {
                // A descriptor's AttributeError counts as missing (getattr's default, hasattr, __getattr__).
                if (!Exc.matches(e, Exc.AttributeError)) {
                    throw e;
                }
                r = null;
            }
        } else {
            try {
                r = callWithSelf(ga, obj, new PyObject[] {PyStr.of(name)}, null);
            } catch (PyException e) {
                if (!Exc.matches(e, Exc.AttributeError)) {
                    throw e;
                }
                r = null;
            }
        }
        if (r == null) {
            PyObject gaf = t.lookup("__getattr__");
            if (gaf != null) {
                try {
                    return callWithSelf(gaf, obj, new PyObject[] {PyStr.of(name)}, null);
                } catch (PyException e) {
                    if (!Exc.matches(e, Exc.AttributeError)) {
                        throw e;
                    }
                    return null;
                }
            }
        }
        return r;
    }

    /** object.__getattribute__ (PyObject_GenericGetAttr), answering null when missing. */
    public static PyObject genericGetAttr(PyObject obj, PyType t, String name) {
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr) && (descr instanceof Descriptor || descr.type().lookup("__get__") != null)) {
            return bind(descr, obj, t);
        }
        PyObject v = obj.instanceAttr(name);
        if (v != null) {
            return v;
        }
        if (name.equals("__dict__")) {
            PyDict d = obj.instanceDict();
            if (d != null) {
                return d;
            }
        }
        if (descr != null) {
            return bind(descr, obj, t);
        }
        return null;
    }

    /** type.__getattribute__: the metatype's data descriptors, then the class's MRO, then the metatype. */
    public static PyObject typeGetAttr(PyType cls, String name) {
        PyType meta = cls.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return bind(metaAttr, cls, meta);
        }
        PyObject attr = cls.lookup(name);
        if (attr != null) {
            Descriptor d = javaDescriptor(attr);
            if (d != null) {
                return d.get(null, cls);
            }
            return bindUserDescriptor(attr, null, cls);
        }
        if (metaAttr != null) {
            return bind(metaAttr, cls, meta);
        }
        return null;
    }

    public static void setAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject sa = t.lookup(value == null ? "__delattr__" : "__setattr__");
        if (sa != TypeCalls.OBJECT_SETATTR && sa != TypeCalls.OBJECT_DELATTR && sa != TypeCalls.TYPE_SETATTR
                && sa != TypeCalls.TYPE_DELATTR && sa != null) {
            if (value == null) {
                callWithSelf(sa, obj, new PyObject[] {PyStr.of(name)}, null);
            } else {
                callWithSelf(sa, obj, new PyObject[] {PyStr.of(name), value}, null);
            }
            return;
        }
        genericSetAttr(obj, name, value);
    }

    /** object.__setattr__ / __delattr__ (value null). */
    public static void genericSetAttr(PyObject obj, String name, PyObject value) {
        if (obj instanceof PyType cls) {
            PyObject metaAttr = cls.type().lookup(name);
            if (metaAttr != null && isDataDescriptor(metaAttr)) {
                setViaDescriptor(metaAttr, obj, value);
                return;
            }
            cls.setTypeAttr(name, value);
            return;
        }
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            setViaDescriptor(descr, obj, value);
            return;
        }
        if (!obj.setInstanceAttr(name, value)) {
            if (value == null && obj.instanceDict() != null) {
                throw Exc.attributeError("'" + t.name() + "' object has no attribute '" + name + "'");
            }
            if (descr != null) {
                throw Exc.attributeError("'" + t.name() + "' object attribute '" + name + "' is read-only");
            }
            throw Exc.attributeError("'" + t.name() + "' object has no attribute '" + name + "'");
        }
    }

    private static void setViaDescriptor(PyObject descr, PyObject obj, PyObject value) {
        Descriptor d = javaDescriptor(descr);
        if (d != null) {
            d.set(obj, value);
            return;
        }
        PyObject f = descr.type().lookup(value == null ? "__delete__" : "__set__");
        if (f == null) {
            throw Exc.attributeError(value == null ? "__delete__" : "__set__");
        }
        callWithSelf(f, descr, value == null ? new PyObject[] {obj} : new PyObject[] {obj, value}, null);
    }

    // ---- repr, str, hash, truth ----

    /** callable(o): functions, classes, builtins, or anything whose type has __call__. */
    public static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyType || o instanceof PyBuiltinFunction
                || o.type().lookup("__call__") != null;
    }

    /** ascii(o): repr(o) with every non-ASCII character escaped as \\x, \\u or \\U. */
    public static String ascii(PyObject o) {
        String r = repr(o).value();
        StringBuilder sb = new StringBuilder(r.length());
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 256) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    public static PyStr repr(PyObject o) {
        switch (o) {
            case PyStr s:
                if (s.type() == PyStr.TYPE) {
                    return new PyStr(s.repr());
                }
                break;
            case PyInt i:
                if (i.type() == PyInt.TYPE || i.type() == PyBool.TYPE) {
                    return PyStr.of(i.repr());
                }
                break;
            case PyFloat f when f.sub == null:
                return PyStr.of(f.repr());
            default:
                break;
        }
        PyObject r = callSpecial(o, "__repr__");
        if (!(r instanceof PyStr s)) {
            throw Exc.typeError("__repr__ returned non-string (type " + typeName(r) + ")");
        }
        return s;
    }

    public static PyStr str(PyObject o) {
        if (o instanceof PyStr s && s.sub == null) {
            return s;
        }
        PyObject r = callSpecial(o, "__str__");
        if (!(r instanceof PyStr s)) {
            throw Exc.typeError("__str__ returned non-string (type " + typeName(r) + ")");
        }
        return s;
    }

    public static long hash(PyObject o) {
        switch (o) {
            case PyStr s when s.sub == null:
                return s.hash();
            case PyInt i when i.sub == null:
                return i.hash();
            default:
                break;
        }
        PyType t = o.type();
        PyObject h = t.lookup("__hash__");
        if (h == TypeCalls.OBJECT_HASH) {
            return identityHash(o);
        }
        if (h == null || h == NONE) {
            throw Exc.typeError("unhashable type: '" + t.name() + "'");
        }
        PyObject r = callWithSelf(h, o, NO_ARGS, null);
        if (!(r instanceof PyInt i)) {
            throw Exc.typeError("__hash__ method should return an integer");
        }
        long v = i.isLong() ? i.longValue() : i.hash();
        return v == -1 ? -2 : v;
    }

    /** object.__hash__: derived from identity (CPython: the address rotated by 4 bits). */
    public static long identityHash(PyObject o) {
        return System.identityHashCode(o);
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == NONE) {
            return false;
        }
        switch (o) {
            case PyInt i:
                if (i.type() == PyInt.TYPE) {
                    return i.signum() != 0;
                }
                break;
            case PyStr s when s.sub == null:
                return !s.value().isEmpty();
            case PyList l when l.sub == null:
                return l.size() > 0;
            case PyTuple t when t.sub == null:
                return t.size() > 0;
            case PyDict d when d.sub == null:
                return d.size() > 0;
            default:
                break;
        }
        PyType t = o.type();
        PyObject b = t.lookup("__bool__");
        if (b != null) {
            PyObject r = callWithSelf(b, o, NO_ARGS, null);
            if (!(r instanceof PyBool rb)) {
                throw Exc.typeError("__bool__ should return bool, returned " + typeName(r));
            }
            return rb == PyBool.TRUE;
        }
        PyObject l = t.lookup("__len__");
        if (l != null) {
            return lenOf(callWithSelf(l, o, NO_ARGS, null)) != 0;
        }
        return true;
    }

    public static long len(PyObject o) {
        switch (o) {
            case PyStr s when s.sub == null:
                return s.length();
            case PyList l when l.sub == null:
                return l.size();
            case PyTuple t when t.sub == null:
                return t.size();
            case PyDict d when d.sub == null:
                return d.size();
            case PySet s when s.sub == null:
                return s.size();
            default:
                break;
        }
        PyObject l = o.type().lookup("__len__");
        if (l == null) {
            throw Exc.typeError("object of type '" + typeName(o) + "' has no len()");
        }
        return lenOf(callWithSelf(l, o, NO_ARGS, null));
    }

    private static long lenOf(PyObject r) {
        PyInt i = index(r);
        if (i.signum() < 0) {
            throw Exc.valueError("__len__() should return >= 0");
        }
        if (!i.fitsLong()) {
            // PyNumber_AsSsize_t(res, OverflowError)
            throw Exc.overflow("cannot fit '" + typeName(r) + "' into an index-sized integer");
        }
        return i.ssize();
    }

    /** operator.index(): an int, or TypeError. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject f = o.type().lookup("__index__");
        if (f == null) {
            throw Exc.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
        }
        PyObject r = callWithSelf(f, o, NO_ARGS, null);
        if (!(r instanceof PyInt i)) {
            throw Exc.typeError("__index__ returned non-int (type " + typeName(r) + ")");
        }
        return i;
    }

    // ---- iteration ----

    public static PyObject iter(PyObject o) {
        if (o instanceof PyIterator) {
            return o;
        }
        PyObject f = o.type().lookup("__iter__");
        if (f == null || f == NONE) {
            if (f == null && o.type().lookup("__getitem__") != null) {
                return Iterators.sequence(o);
            }
            throw Exc.typeError("'" + typeName(o) + "' object is not iterable");
        }
        PyObject it = callWithSelf(f, o, NO_ARGS, null);
        if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
            throw Exc.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
        }
        return it;
    }

    /** The next item, or null when the iterator is exhausted (StopIteration swallowed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIterator pi) {
            return pi.next();
        }
        PyObject f = it.type().lookup("__next__");
        if (f == null) {
            throw Exc.typeError("'" + typeName(it) + "' object is not an iterator");
        }
        try {
            return callWithSelf(f, it, NO_ARGS, null);
        } catch (PyException e) {
            if (Exc.matches(e, Exc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** All items of an iterable. */
    public static PyObject[] toArray(PyObject o) {
        if (o instanceof PyTuple t && t.sub == null) {
            return t.items.clone();
        }
        if (o instanceof PyList l && l.sub == null) {
            return l.toArray();
        }
        PyList out = new PyList();
        PyObject it = iter(o);
        for (PyObject v; (v = next(it)) != null; ) {
            out.append(v);
        }
        return out.toArray();
    }

    /**
     * All items of an iterable, as CPython's PySequence_Fast: a TypeError from iter() is replaced
     * by one saying {@code message} (str.join's "can only join an iterable").
     */
    public static PyObject[] toArrayFast(PyObject o, String message) {
        if (o instanceof PyTuple || o instanceof PyList) {
            return toArray(o);
        }
        PyObject it;
        try {
            it = iter(o);
        } catch (PyException e) {
            if (Exc.matches(e, Exc.TypeError)) {
                throw Exc.typeError(message);
            }
            throw e;
        }
        PyList out = new PyList();
        for (PyObject v; (v = next(it)) != null; ) {
            out.append(v);
        }
        return out.toArray();
    }

    // ---- binary operators ----

    /** BINARY_OP with CPython's NB_* argument (0..12 binary, 13..25 in-place). */
    public static PyObject binaryOp(PyObject a, PyObject b, int nb) {
        PyObject r = Numbers.fast(a, b, nb >= 13 ? nb - 13 : nb);
        if (r != null) {
            return r;
        }
        if (nb >= 13) {
            return inplaceOp(a, b, nb - 13);
        }
        r = binaryNoRaise(a, b, nb);
        if (r != NI) {
            return r;
        }
        throw binaryError(a, b, nb, NB_SYMBOLS[nb]);
    }

    private static PyException binaryError(PyObject a, PyObject b, int nb, String sym) {
        if (nb == 0 && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) {
            return Exc.typeError("can only concatenate " + typeName(a) + " (not \"" + typeName(b) + "\") to " + typeName(a));
        }
        if (nb == 5 && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple
                || b instanceof PyStr || b instanceof PyList || b instanceof PyTuple)) {
            PyObject other = (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple) ? b : a;
            return Exc.typeError("can't multiply sequence by non-int of type '" + typeName(other) + "'");
        }
        if (sym.equals("**")) {
            sym = "** or pow()";
        }
        return Exc.typeError("unsupported operand type(s) for " + sym + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    /** Binary operator nb (0..12): a.__op__(b), b.__rop__(a) with the subclass rule; NotImplemented if neither. */
    public static PyObject binaryNoRaise(PyObject a, PyObject b, int nb) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject fa = ta.lookup(NB_DUNDER[nb]);
        PyObject fb = ta == tb ? null : tb.lookup(NB_RDUNDER[nb]);
        if (fb != null && tb.isSubtypeOf(ta) && fb != ta.lookup(NB_RDUNDER[nb])) {
            PyObject r = callWithSelf(fb, b, new PyObject[] {a}, null);
            if (r != NI) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            PyObject r = callWithSelf(fa, a, new PyObject[] {b}, null);
            if (r != NI) {
                return r;
            }
        }
        if (fb != null) {
            return callWithSelf(fb, b, new PyObject[] {a}, null);
        }
        return NI;
    }

    private static PyObject inplaceOp(PyObject a, PyObject b, int nb) {
        PyObject fi = a.type().lookup(NB_IDUNDER[nb]);
        if (fi != null) {
            PyObject r = callWithSelf(fi, a, new PyObject[] {b}, null);
            if (r != NI) {
                return r;
            }
        }
        PyObject r = binaryNoRaise(a, b, nb);
        if (r != NI) {
            return r;
        }
        throw binaryError(a, b, nb, NB_SYMBOLS[nb] + "=");
    }

    public static PyObject unaryNegative(PyObject a) {
        if (a instanceof PyInt i && (a.type() == PyInt.TYPE || a.type() == PyBool.TYPE)) {
            return PyInt.neg(i);
        }
        if (a instanceof PyFloat f && f.sub == null) {
            return new PyFloat(-f.value);
        }
        return unary(a, "__neg__", "-");
    }

    public static PyObject unaryPositive(PyObject a) {
        if (a instanceof PyInt i && (a.type() == PyInt.TYPE || a.type() == PyBool.TYPE)) {
            return PyInt.of(i.bigValue());
        }
        return unary(a, "__pos__", "+");
    }

    public static PyObject unaryInvert(PyObject a) {
        if (a instanceof PyInt i && (a.type() == PyInt.TYPE || a.type() == PyBool.TYPE)) {
            return PyInt.invert(i);
        }
        return unary(a, "__invert__", "~");
    }

    private static PyObject unary(PyObject a, String name, String sym) {
        PyObject r = callSpecial(a, name);
        if (r == null) {
            throw Exc.typeError("bad operand type for unary " + sym + ": '" + typeName(a) + "'");
        }
        return r;
    }

    // ---- comparison ----

    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        PyObject r = Numbers.fastCompare(a, b, op);
        if (r != null) {
            return r;
        }
        PyType ta = a.type();
        PyType tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject f = tb.lookup(CMP_DUNDER[CMP_SWAP[op]]);
            if (f != null) {
                checkedReverse = true;
                r = callWithSelf(f, b, new PyObject[] {a}, null);
                if (r != NI) {
                    return r;
                }
            }
        }
        PyObject f = ta.lookup(CMP_DUNDER[op]);
        if (f != null) {
            r = callWithSelf(f, a, new PyObject[] {b}, null);
            if (r != NI) {
                return r;
            }
        }
        if (!checkedReverse) {
            f = tb.lookup(CMP_DUNDER[CMP_SWAP[op]]);
            if (f != null) {
                r = callWithSelf(f, b, new PyObject[] {a}, null);
                if (r != NI) {
                    return r;
                }
            }
        }
        if (op == EQ) {
            return PyBool.of(a == b);
        }
        if (op == NE) {
            return PyBool.of(a != b);
        }
        throw Exc.typeError("'" + CMP_SYMBOL[op] + "' not supported between instances of '" + ta.name() + "' and '"
                + tb.name() + "'");
    }

    public static boolean compareBool(PyObject a, PyObject b, int op) {
        return isTrue(richCompare(a, b, op));
    }

    public static boolean lt(PyObject a, PyObject b) {
        return compareBool(a, b, LT);
    }

    public static boolean eq(PyObject a, PyObject b) {
        return a == b || compareBool(a, b, EQ);
    }

    /** == as containers use it: identity implies equality (PyObject_RichCompareBool). */
    public static boolean eqForLookup(PyObject a, PyObject b) {
        return a == b || compareBool(a, b, EQ);
    }

    // ---- items ----

    public static PyObject getItem(PyObject o, PyObject key) {
        PyObject r = Containers.fastGetItem(o, key);
        if (r != null) {
            return r;
        }
        PyObject f = o.type().lookup("__getitem__");
        if (f == null) {
            if (o instanceof PyType t) {
                PyObject cg = t.lookup("__class_getitem__");
                if (cg != null) {
                    return call(bind(cg, null, t), key);
                }
                throw Exc.typeError("type '" + t.name() + "' is not subscriptable");
            }
            throw Exc.typeError("'" + typeName(o) + "' object is not subscriptable");
        }
        return callWithSelf(f, o, new PyObject[] {key}, null);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        if (Containers.fastSetItem(o, key, value)) {
            return;
        }
        PyObject f = o.type().lookup("__setitem__");
        if (f == null) {
            throw Exc.typeError("'" + typeName(o) + "' object does not support item assignment");
        }
        callWithSelf(f, o, new PyObject[] {key, value}, null);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject f = o.type().lookup("__delitem__");
        if (f == null) {
            throw Exc.typeError("'" + typeName(o) + "' object doesn't support item deletion");
        }
        callWithSelf(f, o, new PyObject[] {key}, null);
    }

    public static boolean contains(PyObject container, PyObject item) {
        switch (container) {
            case PyDict d:
                if (d.type() == PyDict.TYPE) {
                    return d.containsKey(item);
                }
                break;
            case PySet s when s.sub == null:
                return s.contains(item);
            default:
                break;
        }
        PyObject f = container.type().lookup("__contains__");
        if (f == NONE) {
            throw Exc.typeError("'" + typeName(container) + "' object is not a container");
        }
        if (f != null) {
            return isTrue(callWithSelf(f, container, new PyObject[] {item}, null));
        }
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            // _PySequence_IterSearch replaces iter()'s TypeError.
            if (e.exc.type().isSubtypeOf(Exc.TypeError)) {
                throw Exc.typeError("argument of type '" + typeName(container) + "' is not iterable");
            }
            throw e;
        }
        for (PyObject v; (v = next(it)) != null; ) {
            if (eqForLookup(v, item)) {
                return true;
            }
        }
        return false;
    }

    /** format(value, spec) (PyObject_Format): calls __format__. */
    public static PyStr format(PyObject v, PyObject spec) {
        if (spec instanceof PyStr s && s.value().isEmpty() && v instanceof PyStr vs) {
            return vs;
        }
        PyObject r = callSpecial(v, "__format__", spec);
        if (r == null) {
            throw Exc.typeError("Type " + typeName(v) + " doesn't define __format__");
        }
        if (!(r instanceof PyStr s)) {
            throw Exc.typeError("__format__ must return a str, not " + typeName(r));
        }
        return s;
    }
}
