package pyj.modules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import pyj.interp.Frame;
import pyj.interp.Interpreter;
import pyj.interp.InterpreterState;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.Iterators;
import pyj.objects.NativeFn;
import pyj.objects.PyBool;
import pyj.objects.PyBuiltinFunction;
import pyj.objects.PyCell;
import pyj.objects.PyBytes;
import pyj.objects.PyClassMethod;
import pyj.objects.PyComplex;
import pyj.objects.PyDict;
import pyj.objects.PyFloat;
import pyj.objects.PyFunction;
import pyj.objects.PyInt;
import pyj.objects.PyIterator;
import pyj.objects.PyList;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PyProperty;
import pyj.objects.PyRange;
import pyj.objects.PySet;
import pyj.objects.PySingleton;
import pyj.objects.PySlice;
import pyj.objects.PyStaticMethod;
import pyj.objects.PyStr;
import pyj.objects.PySuper;
import pyj.objects.PyTuple;
import pyj.objects.PyType;
import pyj.objects.PyUnionType;

/** The builtins module. */
public final class Builtins {
    private Builtins() {}

    /** callable(o) (PyCallable_Check). */
    private static final PySingleton NONE = PySingleton.NONE;

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("builtins");
        PyDict d = m.dict;
        d.putStr("None", NONE);
        d.putStr("Ellipsis", PySingleton.ELLIPSIS);
        d.putStr("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        d.putStr("True", PyBool.TRUE);
        d.putStr("False", PyBool.FALSE);
        d.putStr("__debug__", PyBool.TRUE);
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyTuple.TYPE,
            PyList.TYPE, PyDict.TYPE, PySet.SET_TYPE, PySet.FROZENSET_TYPE, PyRange.TYPE, PySlice.TYPE,
            PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PySuper.TYPE,
            PyComplex.TYPE, PyBytes.TYPE, PyBytes.BYTEARRAY_TYPE, PyBytes.MEMORYVIEW_TYPE};
        for (PyType t : types) {
            d.putStr(t.name(), t);
        }
        for (PyType t : Exc.ALL) {
            d.putStr(t.name(), t);
        }
        d.putStr("EnvironmentError", Exc.OSError);
        d.putStr("IOError", Exc.OSError);
        def(d, "print", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            Args args = new Args("print", java.util.Arrays.copyOfRange(a, a.length - nk, a.length), k,
                    new String[] {"sep", "end", "file", "flush"}, 0, 0);
            String sep = strOrNone(args.get(0, NONE), " ", "sep");
            String end = strOrNone(args.get(1, NONE), "\n", "end");
            PyObject file = args.get(2, NONE);
            if (file == NONE) {
                file = interp.sys.dict.getStr("stdout");
            }
            if (file == NONE) {
                return NONE; // sys.stdout is None
            }
            // As builtin_print: one write per argument, separator and end, so a failing str() leaves
            // the earlier pieces written and a file object sees the pieces.
            PyObject write = Abstract.getAttr(file, "write");
            PyStr sepStr = PyStr.of(sep);
            for (int i = 0; i < a.length - nk; i++) {
                if (i > 0) {
                    Abstract.call(write, sepStr);
                }
                Abstract.call(write, Abstract.str(a[i]));
            }
            Abstract.call(write, PyStr.of(end));
            if (Abstract.isTrue(args.get(3, PyBool.FALSE))) {
                Abstract.callMethod(file, "flush");
            }
            return NONE;
        });
        def(d, "repr", fixed("repr", 1, 1, a -> Abstract.repr(a[0])));
        def(d, "ascii", fixed("ascii", 1, 1, a -> PyStr.of(Abstract.ascii(a[0]))));
        def(d, "len", fixed("len", 1, 1, a -> PyInt.of(Abstract.len(a[0]))));
        def(d, "id", fixed("id", 1, 1, a -> PyInt.of(System.identityHashCode(a[0]))));
        def(d, "hash", fixed("hash", 1, 1, a -> PyInt.of(Abstract.hash(a[0]))));
        def(d, "callable", fixed("callable", 1, 1, a -> PyBool.of(Abstract.isCallable(a[0]))));
        def(d, "abs", fixed("abs", 1, 1, a -> {
            PyObject r = Abstract.callSpecial(a[0], "__abs__");
            if (r == null) {
                throw Exc.typeError("bad operand type for abs(): '" + a[0].type().name() + "'");
            }
            return r;
        }));
        def(d, "isinstance", fixed("isinstance", 2, 2, a -> PyBool.of(isInstance(a[0], a[1], "isinstance"))));
        def(d, "issubclass", fixed("issubclass", 2, 2, a -> PyBool.of(isSubclass(a[0], a[1]))));
        def(d, "iter", fixed("iter", 1, 2, a -> {
            if (a.length == 1) {
                return Abstract.iter(a[0]);
            }
            if (!Abstract.isCallable(a[0])) {
                throw Exc.typeError("iter(v, w): v must be callable");
            }
            return Iterators.callable(a[0], a[1]);
        }));
        def(d, "next", fixed("next", 1, 2, a -> {
            PyObject it = a[0];
            if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
                throw Exc.typeError("'" + it.type().name() + "' object is not an iterator");
            }
            if (a.length == 2) {
                PyObject v = Abstract.next(it);
                return v == null ? a[1] : v;
            }
            PyObject f = it.type().lookup("__next__");
            return Abstract.callWithSelf(f, it, new PyObject[0], null);
        }));
        def(d, "getattr", fixed("getattr", 2, 3, a -> {
            String name = attrName(a[1], "getattr");
            if (a.length == 3) {
                PyObject v = Abstract.getAttrOrNull(a[0], name);
                return v == null ? a[2] : v;
            }
            return Abstract.getAttr(a[0], name);
        }));
        def(d, "setattr", fixed("setattr", 3, 3, a -> {
            Abstract.setAttr(a[0], attrName(a[1], "setattr"), a[2]);
            return NONE;
        }));
        def(d, "delattr", fixed("delattr", 2, 2, a -> {
            Abstract.setAttr(a[0], attrName(a[1], "delattr"), null);
            return NONE;
        }));
        def(d, "hasattr", fixed("hasattr", 2, 2, a -> PyBool.of(Abstract.getAttrOrNull(a[0], attrName(a[1], "hasattr")) != null)));
        def(d, "chr", fixed("chr", 1, 1, a -> {
            PyInt i = Abstract.index(a[0]);
            if (!i.isLong() || i.longValue() < 0 || i.longValue() > 0x10ffff) {
                throw Exc.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.ofCodePoint((int) i.longValue());
        }));
        def(d, "ord", fixed("ord", 1, 1, a -> {
            if (!(a[0] instanceof PyStr s)) {
                throw Exc.typeError("ord() expected string of length 1, but " + a[0].type().name() + " found");
            }
            if (s.length() != 1) {
                throw Exc.typeError("ord() expected a character, but string of length " + s.length() + " found");
            }
            return PyInt.of(s.codePointAt(0));
        }));
        def(d, "hex", fixed("hex", 1, 1, a -> PyStr.of(radix(Abstract.index(a[0]), 16, "0x"))));
        def(d, "oct", fixed("oct", 1, 1, a -> PyStr.of(radix(Abstract.index(a[0]), 8, "0o"))));
        def(d, "bin", fixed("bin", 1, 1, a -> PyStr.of(radix(Abstract.index(a[0]), 2, "0b"))));
        def(d, "divmod", fixed("divmod", 2, 2, a -> {
            if ((a[0] instanceof PyFloat || a[1] instanceof PyFloat) && (a[0] instanceof PyFloat || a[0] instanceof PyInt)
                    && (a[1] instanceof PyFloat f ? f.value == 0 : a[1] instanceof PyInt i && i.signum() == 0)) {
                throw Exc.zeroDivision("float divmod()"); // float_divmod's own message
            }
            PyObject r = Abstract.binaryNoRaise(a[0], a[1], 2);
            if (r == PySingleton.NOT_IMPLEMENTED) {
                throw Exc.typeError("unsupported operand type(s) for divmod(): '" + a[0].type().name() + "' and '"
                        + a[1].type().name() + "'");
            }
            return new PyTuple(r, Abstract.binaryOp(a[0], a[1], 6));
        }));
        def(d, "pow", fixed("pow", 2, 3, a -> {
            if (a.length == 3 && a[2] != NONE) {
                return ternaryPow(a[0], a[1], a[2]);
            }
            return Abstract.binaryOp(a[0], a[1], 8);
        }));
        def(d, "round", (a, k) -> {
            Args args = new Args("round", a, k, new String[] {"number", "ndigits"}, 1, 2);
            PyObject x = args.get(0, null);
            PyObject nd = args.get(1, NONE);
            PyObject r = nd == NONE ? Abstract.callSpecial(x, "__round__") : Abstract.callSpecial(x, "__round__", nd);
            if (r == null) {
                throw Exc.typeError("type " + x.type().name() + " doesn't define __round__ method");
            }
            return r;
        });
        def(d, "min", (a, k) -> minMax(a, k, "min", Abstract.LT));
        def(d, "max", (a, k) -> minMax(a, k, "max", Abstract.GT));
        def(d, "sum", (a, k) -> {
            Args args = new Args("sum", a, k, new String[] {"", "start"}, 1, 2);
            PyObject acc = args.get(1, PyInt.ZERO);
            if (acc instanceof PyStr) {
                throw Exc.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            PyObject it = Abstract.iter(args.get(0, null));
            for (PyObject v; (v = Abstract.next(it)) != null; ) {
                acc = Abstract.binaryOp(acc, v, 0);
            }
            return acc;
        });
        def(d, "all", fixed("all", 1, 1, a -> {
            PyObject it = Abstract.iter(a[0]);
            for (PyObject v; (v = Abstract.next(it)) != null; ) {
                if (!Abstract.isTrue(v)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
        def(d, "any", fixed("any", 1, 1, a -> {
            PyObject it = Abstract.iter(a[0]);
            for (PyObject v; (v = Abstract.next(it)) != null; ) {
                if (Abstract.isTrue(v)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }));
        def(d, "sorted", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            if (a.length - nk != 1) {
                throw Exc.typeError("sorted expected 1 argument, got " + (a.length - nk));
            }
            PyList l = new PyList(Abstract.toArray(a[0]));
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            Abstract.call(Abstract.getAttr(l, "sort"), rest, k);
            return l;
        });
        def(d, "reversed", fixed("reversed", 1, 1, a -> {
            PyObject r = Abstract.callSpecial(a[0], "__reversed__");
            if (r != null) {
                return r;
            }
            if (a[0].type().lookup("__getitem__") == null || a[0] instanceof PyDict) {
                throw Exc.typeError("'" + a[0].type().name() + "' object is not reversible");
            }
            long[] i = {Abstract.len(a[0]) - 1};
            PyObject seq = a[0];
            return PyIterator.of(Iterators.REVERSED, () -> i[0] >= 0 ? Abstract.getItem(seq, PyInt.of(i[0]--)) : null);
        }));
        def(d, "enumerate", (a, k) -> {
            Args args = new Args("enumerate", a, k, new String[] {"iterable", "start"}, 1, 2);
            PyObject it = Abstract.iter(args.get(0, null));
            PyObject[] n = {args.get(1, PyInt.ZERO)};
            return PyIterator.of(Iterators.ENUMERATE, () -> {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                PyObject i = n[0];
                n[0] = Abstract.binaryOp(i, PyInt.ONE, 0);
                return new PyTuple(i, v);
            });
        });
        def(d, "zip", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            boolean strict = false;
            for (int i = 0; i < nk; i++) {
                if (!k[i].equals("strict")) {
                    throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for zip()");
                }
                strict = Abstract.isTrue(a[a.length - nk + i]);
            }
            int n = a.length - nk;
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                its[i] = Abstract.iter(a[i]);
            }
            boolean st = strict;
            boolean[] done = {false};
            return PyIterator.of(Iterators.ZIP, () -> {
                if (done[0] || n == 0) {
                    return null;
                }
                PyObject[] items = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    items[i] = Abstract.next(its[i]);
                    if (items[i] == null) {
                        done[0] = true;
                        if (st) {
                            if (i > 0) {
                                throw Exc.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                            }
                            for (int j = 1; j < n; j++) {
                                if (Abstract.next(its[j]) != null) {
                                    throw Exc.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                                }
                            }
                        }
                        return null;
                    }
                }
                return new PyTuple(items);
            });
        });
        def(d, "map", (a, k) -> {
            Args.checkPositional("map", a, k, 2, Integer.MAX_VALUE);
            PyObject f = a[0];
            PyObject[] its = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                its[i - 1] = Abstract.iter(a[i]);
            }
            return PyIterator.of(Iterators.MAP, () -> {
                PyObject[] args = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    args[i] = Abstract.next(its[i]);
                    if (args[i] == null) {
                        return null;
                    }
                }
                return Abstract.call(f, args, null);
            });
        });
        def(d, "filter", fixed("filter", 2, 2, a -> {
            PyObject f = a[0];
            PyObject it = Abstract.iter(a[1]);
            return PyIterator.of(Iterators.FILTER, () -> {
                for (PyObject v; (v = Abstract.next(it)) != null; ) {
                    if (f == NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(f, v))) {
                        return v;
                    }
                }
                return null;
            });
        }));
        def(d, "format", fixed("format", 1, 2, a -> Abstract.format(a[0], a.length > 1 ? a[1] : PyStr.EMPTY)));
        def(d, "globals", fixed("globals", 0, 0, a -> Interpreter.currentFrame().globalsDict()));
        def(d, "locals", fixed("locals", 0, 0, a -> Interpreter.currentFrame().localsMapping()));
        def(d, "vars", fixed("vars", 0, 1, a -> {
            if (a.length == 0) {
                return Interpreter.currentFrame().localsMapping();
            }
            // PyObject_GetAttr(v, "__dict__"): classes and modules answer through their descriptors.
            PyObject dd = a[0] instanceof PyType ? Abstract.getAttrOrNull(a[0], "__dict__") : a[0].instanceDict();
            if (dd == null) {
                dd = Abstract.getAttrOrNull(a[0], "__dict__");
            }
            if (dd == null) {
                throw Exc.typeError("vars() argument must have __dict__ attribute");
            }
            return dd;
        }));
        def(d, "dir", fixed("dir", 0, 1, a -> {
            if (a.length == 0) {
                PyObject loc = Interpreter.currentFrame().localsMapping();
                PyList l = new PyList(Abstract.toArray(loc));
                Abstract.callMethod(l, "sort");
                return l;
            }
            PyList l = new PyList(Abstract.toArray(Abstract.callSpecial(a[0], "__dir__")));
            Abstract.callMethod(l, "sort");
            return l;
        }));
        def(d, "super", (a, k) -> {
            if (a.length == 0) {
                return zeroArgSuper(Interpreter.currentFrame());
            }
            return Abstract.call(PySuper.TYPE, a, k);
        });
        def(d, "__build_class__", (a, k) -> buildClass(a, k));
        DynamicCode.install(d, interp);
        FileIO.install(d, interp);
        d.putStr("__name__", PyStr.of("builtins"));
        return m;
    }

    private static void def(PyDict d, String name, NativeFn fn) {
        d.putStr(name, new PyBuiltinFunction(name, fn));
    }

    private interface Fixed {
        PyObject call(PyObject[] a);
    }

    private static NativeFn fixed(String name, int min, int max, Fixed f) {
        return (a, k) -> {
            Args.checkPositional(name, a, k, min, max);
            return f.call(a);
        };
    }

    private static String strOrNone(PyObject o, String dflt, String what) {
        if (o == NONE) {
            return dflt;
        }
        if (!(o instanceof PyStr s)) {
            throw Exc.typeError(what + " must be None or a string, not " + o.type().name());
        }
        return s.value();
    }

    private static String attrName(PyObject o, String fn) {
        if (!(o instanceof PyStr s)) {
            throw Exc.typeError("attribute name must be string, not '" + o.type().name() + "'");
        }
        return s.value();
    }

    private static String radix(PyInt i, int radix, String prefix) {
        java.math.BigInteger b = i.bigValue();
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }

    /** PyObject_IsInstance: exact types and tuples directly, else the class's __instancecheck__. */
    private static boolean isInstance(PyObject o, PyObject cls, String fn) {
        if (cls instanceof PyUnionType u) {
            cls = u.args;
        }
        if (o.type() == cls) {
            return true;
        }
        if (cls instanceof PyType t && t.type() == PyType.TYPE) {
            return o.type().isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tu) {
            for (PyObject c : tu.array()) {
                if (isInstance(o, c, fn)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type().lookup("__instancecheck__");
        if (check != null) {
            return Abstract.isTrue(Abstract.callWithSelf(check, cls, new PyObject[] {o}, null));
        }
        if (cls instanceof PyType t) {
            return o.type().isSubtypeOf(t);
        }
        throw Exc.typeError(fn + "() arg 2 must be a type, a tuple of types, or a union");
    }

    /** PyObject_IsSubclass: exact types and tuples directly, else the class's __subclasscheck__. */
    private static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyUnionType u) {
            cls = u.args;
        }
        if (cls instanceof PyType t && t.type() == PyType.TYPE) {
            return subclassOf(c, t);
        }
        if (cls instanceof PyTuple tu) {
            for (PyObject x : tu.array()) {
                if (isSubclass(c, x)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type().lookup("__subclasscheck__");
        if (check != null) {
            return Abstract.isTrue(Abstract.callWithSelf(check, cls, new PyObject[] {c}, null));
        }
        if (cls instanceof PyType t) {
            return subclassOf(c, t);
        }
        throw Exc.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static boolean subclassOf(PyObject c, PyType t) {
        if (!(c instanceof PyType ct)) {
            throw Exc.typeError("issubclass() arg 1 must be a class");
        }
        return ct.isSubtypeOf(t);
    }

    /**
     * update_bases (Python/bltinmodule.c): a base that is not a class but has __mro_entries__
     * (e.g. {@code list[int]}) is replaced by what that returns; the same array if nothing changed.
     */
    private static PyObject[] updateBases(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject meth = b instanceof PyType ? null : Abstract.getAttrOrNull(b, "__mro_entries__");
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject entries = Abstract.call(meth, new PyTuple(bases));
            if (!(entries instanceof PyTuple et)) {
                throw Exc.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
            }
            out.addAll(java.util.Arrays.asList(et.array()));
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    /** pow(b, e, mod): long_pow's modular path for ints (negative exponents by inverse), else __pow__. */
    private static PyObject ternaryPow(PyObject x, PyObject y, PyObject z) {
        if (x instanceof PyInt b && y instanceof PyInt e && z instanceof PyInt mod) {
            if (mod.signum() == 0) {
                throw Exc.valueError("pow() 3rd argument cannot be 0");
            }
            java.math.BigInteger m = mod.bigValue().abs();
            java.math.BigInteger base = b.bigValue();
            java.math.BigInteger ex = e.bigValue();
            if (ex.signum() < 0) {
                try {
                    base = base.modInverse(m);
                } catch (ArithmeticException notInvertible) {
                    throw Exc.valueError("base is not invertible for the given modulus");
                }
                ex = ex.negate();
            }
            java.math.BigInteger r = m.equals(java.math.BigInteger.ONE) ? java.math.BigInteger.ZERO : base.modPow(ex, m);
            if (mod.signum() < 0 && r.signum() != 0) {
                r = r.add(mod.bigValue());
            }
            return PyInt.of(r);
        }
        if ((x instanceof PyInt || x instanceof PyFloat) && (y instanceof PyInt || y instanceof PyFloat)
                && (z instanceof PyInt || z instanceof PyFloat)) {
            throw Exc.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        PyObject f = x.type().lookup("__pow__");
        PyObject r = f == null ? PySingleton.NOT_IMPLEMENTED : Abstract.callWithSelf(f, x, new PyObject[] {y, z}, null);
        if (r == PySingleton.NOT_IMPLEMENTED) {
            throw Exc.typeError("unsupported operand type(s) for ** or pow(): '" + x.type().name() + "', '"
                    + y.type().name() + "', '" + z.type().name() + "'");
        }
        return r;
    }

    private static PyObject minMax(PyObject[] a, String[] k, String name, int op) {
        int nk = k == null ? 0 : k.length;
        int np = a.length - nk;
        PyObject key = NONE;
        PyObject dflt = null;
        for (int i = 0; i < nk; i++) {
            switch (k[i]) {
                case "key" -> key = a[np + i];
                case "default" -> dflt = a[np + i];
                default -> throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (np == 0) {
            throw Exc.typeError(name + " expected at least 1 argument, got 0");
        }
        PyObject it;
        if (np == 1) {
            it = Abstract.iter(a[0]);
        } else {
            if (dflt != null) {
                throw Exc.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = Abstract.iter(new PyTuple(java.util.Arrays.copyOf(a, np)));
        }
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject v; (v = Abstract.next(it)) != null; ) {
            PyObject kv = key == NONE ? v : Abstract.call(key, v);
            if (best == null || Abstract.compareBool(kv, bestKey, op)) {
                best = v;
                bestKey = kv;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Exc.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    /** super() without arguments: __class__ from the calling frame's cell, self from its first argument. */
    private static PyObject zeroArgSuper(Frame f) {
        if (f == null || f.code().argcount() == 0) {
            throw Exc.runtimeError("super(): no arguments");
        }
        PyObject self = f.localValue(0);
        if (self instanceof PyCell c) {
            self = c.contents;
        }
        if (self == null) {
            throw Exc.runtimeError("super(): arg[0] deleted");
        }
        int i = f.code().localsPlusNames().indexOf("__class__");
        if (i < 0 || (f.code().localsPlusKind(i) & 0x80) == 0) {
            throw Exc.runtimeError("super(): __class__ cell not found");
        }
        PyObject cell = f.localValue(i);
        if (!(cell instanceof PyCell c) || c.contents == null) {
            throw Exc.runtimeError("super(): empty __class__ cell");
        }
        if (!(c.contents instanceof PyType t)) {
            throw Exc.runtimeError("super(): __class__ is not a type (" + c.contents.type().name() + ")");
        }
        return new PySuper(t, self);
    }

    /** __build_class__(func, name, *bases, metaclass=None, **kwds). */
    private static PyObject buildClass(PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int np = a.length - nk;
        if (np < 2) {
            throw Exc.typeError("__build_class__: not enough arguments");
        }
        if (!(a[0] instanceof PyFunction body)) {
            throw Exc.typeError("__build_class__: func must be a function");
        }
        if (!(a[1] instanceof PyStr name)) {
            throw Exc.typeError("__build_class__: name is not a string");
        }
        PyObject[] bases = java.util.Arrays.copyOfRange(a, 2, np);
        PyObject meta = null;
        List<String> kwNames = new ArrayList<>();
        List<PyObject> kwVals = new ArrayList<>();
        for (int i = 0; i < nk; i++) {
            if (k[i].equals("metaclass")) {
                meta = a[np + i];
            } else {
                kwNames.add(k[i]);
                kwVals.add(a[np + i]);
            }
        }
        PyObject[] origBases = bases;
        bases = updateBases(bases);
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
        }
        if (meta instanceof PyType mt) {
            // The most derived metaclass of meta and the bases' metaclasses.
            for (PyObject b : bases) {
                PyType bm = b.type();
                if (mt.isSubtypeOf(bm)) {
                    continue;
                }
                if (bm.isSubtypeOf(mt)) {
                    mt = bm;
                    continue;
                }
                throw Exc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
            meta = mt;
        }
        PyTuple basesTuple = new PyTuple(bases);
        PyObject ns;
        PyObject prepare = Abstract.getAttrOrNull(meta, "__prepare__");
        if (prepare != null) {
            PyObject[] pa = new PyObject[2 + kwVals.size()];
            pa[0] = name;
            pa[1] = basesTuple;
            for (int i = 0; i < kwVals.size(); i++) {
                pa[2 + i] = kwVals.get(i);
            }
            ns = Abstract.call(prepare, pa, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        } else {
            ns = new PyDict();
        }
        PyObject cell = Interpreter.runClassBody(body, ns);
        // As CPython: recorded after the body ran, when __mro_entries__ changed the bases.
        if (bases != origBases) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), new PyTuple(origBases));
        }
        PyObject[] ca = new PyObject[3 + kwVals.size()];
        ca[0] = name;
        ca[1] = basesTuple;
        ca[2] = ns;
        for (int i = 0; i < kwVals.size(); i++) {
            ca[3 + i] = kwVals.get(i);
        }
        PyObject cls = Abstract.call(meta, ca, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        if (cell instanceof PyCell c && c.contents != cls) {
            if (c.contents == null) {
                c.contents = cls;
            }
        }
        return cls;
    }
}
