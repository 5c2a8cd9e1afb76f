package pyj.interp;

import pyj.code.Opcode;
import pyj.code.PyCode;
import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.PyBaseException;
import pyj.objects.PyBuiltinFunction;
import pyj.objects.PyCell;
import pyj.objects.PyCodeObj;
import pyj.objects.PyDict;
import pyj.objects.PyException;
import pyj.objects.PyFunction;
import pyj.objects.PyList;
import pyj.objects.PyMethod;
import pyj.objects.PyMethodDescr;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySet;
import pyj.objects.PySingleton;
import pyj.objects.PySlice;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * The bodies of the eval loop's instructions: small static methods, so the dispatch method stays
 * small enough for HotSpot to compile, and so later tiers can call the same bodies.
 */
final class Ops {
    private Ops() {}

    private static final PySingleton NONE = PySingleton.NONE;

    static PyObject pop(PyObject[] s, int sp) {
        PyObject v = s[sp];
        s[sp] = null;
        return v;
    }

    static int drop(PyObject[] s, int sp, int n) {
        for (int i = 0; i < n; i++) {
            s[--sp] = null;
        }
        return sp;
    }

    static PyException notImplemented(int op) {
        Opcode o = Opcode.of(op);
        return Exc.systemError("pyj: opcode " + (o == null ? String.valueOf(op) : o.name()) + " not implemented");
    }

    static PyObject constant(Exec x, int i) {
        PyObject c = x.consts[i];
        if (c == null) {
            throw Exc.notImplemented(x.unsupported[i]);
        }
        return c;
    }

    static PyException unboundLocal(Exec x, int i) {
        return Exc.of(Exc.UnboundLocalError, "cannot access local variable '" + x.code.varnameFromOparg(i)
                + "' where it is not associated with a value");
    }

    private static PyException nameError(String name) {
        PyException e = Exc.nameError("name '" + name + "' is not defined");
        e.exc.setInstanceAttr("name", PyStr.of(name));
        return e;
    }

    static PyObject loadGlobal(Frame f, String name) {
        PyObject v = f.globals.getStr(name);
        if (v == null) {
            v = f.builtins.getStr(name);
            if (v == null) {
                throw nameError(name);
            }
        }
        return v;
    }

    static void deleteGlobal(Frame f, String name) {
        if (!f.globals.delStr(name)) {
            throw nameError(name);
        }
    }

    static PyObject loadName(Frame f, String name) {
        PyObject v = null;
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            v = d.getStr(name);
        } else if (f.locals != null) {
            try {
                v = Abstract.getItem(f.locals, PyStr.of(name));
            } catch (PyException e) {
                if (!Exc.matches(e, Exc.KeyError)) {
                    throw e;
                }
            }
        } else {
            throw Exc.systemError("no locals when loading '" + name + "'");
        }
        return v != null ? v : loadGlobal(f, name);
    }

    static void storeName(Frame f, String name, PyObject v) {
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            d.putStr(name, v);
        } else if (f.locals != null) {
            Abstract.setItem(f.locals, PyStr.of(name), v);
        } else {
            throw Exc.systemError("no locals found when storing '" + name + "'");
        }
    }

    static void deleteName(Frame f, String name) {
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            if (!d.delStr(name)) {
                throw nameError(name);
            }
        } else if (f.locals != null) {
            Abstract.delItem(f.locals, PyStr.of(name));
        } else {
            throw Exc.systemError("no locals when deleting '" + name + "'");
        }
    }

    /** LOAD_METHOD: [obj] -> [meth, obj] when a plain method is found on the type, else [NULL, attr]. */
    static int loadMethod(PyObject[] s, int sp, String name) {
        PyObject obj = s[sp - 1];
        PyType t = obj.type();
        if (!(obj instanceof PyType) && !(obj instanceof PyModule)) {
            PyObject descr = t.lookup(name);
            if ((descr instanceof PyFunction || descr instanceof PyMethodDescr)
                    && isGenericGetattr(t)
                    && obj.instanceAttr(name) == null) {
                s[sp - 1] = descr;
                s[sp++] = obj;
                return sp;
            }
        }
        s[sp - 1] = null;
        s[sp++] = Abstract.getAttr(obj, name);
        return sp;
    }

    private static boolean isGenericGetattr(PyType t) {
        return t.lookup("__getattribute__") == PyType.OBJECT.dict().get("__getattribute__") && t.lookup("__getattr__") == null;
    }

    /** PRECALL: a bound method in the callable slot is split into function and self. */
    static void precall(PyObject[] s, int sp, int argc) {
        int base = sp - argc - 2;
        if (s[base] == null && s[base + 1] instanceof PyMethod m) {
            s[base] = m.func;
            s[base + 1] = m.self;
        }
    }

    static String[] kwNames(Exec x, int i) {
        PyTuple t = (PyTuple) x.consts[i];
        String[] names = new String[t.size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = ((PyStr) t.get(k)).value();
        }
        return names;
    }

    static PyObject loadDeref(Exec x, PyObject[] s, int i) {
        PyObject v = ((PyCell) s[i]).contents;
        if (v == null) {
            throw unboundDeref(x, i);
        }
        return v;
    }

    private static PyException unboundDeref(Exec x, int i) {
        String name = x.code.varnameFromOparg(i);
        if ((x.code.localsPlusKind(i) & (PyCode.CO_FAST_FREE & 0xff)) != 0) {
            return Exc.nameError("cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return Exc.of(Exc.UnboundLocalError, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    static PyObject loadClassDeref(Frame f, Exec x, PyObject[] s, int i) {
        String name = x.code.varnameFromOparg(i);
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            PyObject v = d.getStr(name);
            if (v != null) {
                return v;
            }
        } else if (f.locals != null) {
            // A mapping from __prepare__ (or a dict subclass) is asked through __getitem__, as ceval.c.
            try {
                return Abstract.getItem(f.locals, PyStr.of(name));
            } catch (PyException e) {
                if (!Exc.matches(e, Exc.KeyError)) {
                    throw e;
                }
            }
        }
        return loadDeref(x, s, i);
    }

    static void deleteDeref(Exec x, PyObject[] s, int i) {
        PyCell c = (PyCell) s[i];
        if (c.contents == null) {
            throw unboundDeref(x, i);
        }
        c.contents = null;
    }

    static void copyFreeVars(Frame f, int n) {
        PyCell[] closure = f.func.closure;
        int off = f.exec.nlocalsplus - n;
        for (int i = 0; i < n; i++) {
            f.localsplus[off + i] = closure[i];
        }
    }

    static int buildTuple(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, sp - n, items, 0, n);
        sp = drop(s, sp, n);
        s[sp++] = n == 0 ? PyTuple.EMPTY : new PyTuple(items);
        return sp;
    }

    static int buildList(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, sp - n, items, 0, n);
        sp = drop(s, sp, n);
        s[sp++] = n == 0 ? new PyList() : new PyList(items);
        return sp;
    }

    static int buildSet(PyObject[] s, int sp, int n) {
        PySet set = new PySet(false);
        for (int i = sp - n; i < sp; i++) {
            set.add(s[i]);
        }
        sp = drop(s, sp, n);
        s[sp++] = set;
        return sp;
    }

    static int buildMap(PyObject[] s, int sp, int n) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) {
            d.put(s[i], s[i + 1]);
        }
        sp = drop(s, sp, 2 * n);
        s[sp++] = d;
        return sp;
    }

    static int buildConstKeyMap(PyObject[] s, int sp, int n) {
        PyTuple keys = (PyTuple) s[sp - 1];
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            d.put(keys.get(i), s[sp - 1 - n + i]);
        }
        sp = drop(s, sp, n + 1);
        s[sp++] = d;
        return sp;
    }

    static int buildString(PyObject[] s, int sp, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = sp - n; i < sp; i++) {
            sb.append(((PyStr) s[i]).value());
        }
        sp = drop(s, sp, n);
        s[sp++] = PyStr.of(sb.toString());
        return sp;
    }

    static int buildSlice(PyObject[] s, int sp, int n) {
        PyObject step = n == 3 ? s[sp - 1] : NONE;
        PyObject stop = s[sp - (n == 3 ? 2 : 1)];
        PyObject start = s[sp - n];
        sp = drop(s, sp, n);
        s[sp++] = new PySlice(start, stop, step);
        return sp;
    }

    static int mapAdd(PyObject[] s, int sp, int i) {
        PyObject v = pop(s, --sp);
        PyObject k = pop(s, --sp);
        ((PyDict) s[sp - i]).put(k, v);
        return sp;
    }

    static int listExtend(PyObject[] s, int sp, int i) {
        PyObject it = pop(s, --sp);
        PyList l = (PyList) s[sp - i];
        PyObject[] items;
        try {
            items = Abstract.toArray(it);
        } catch (PyException e) {
            if (Exc.matches(e, Exc.TypeError) && it.type().lookup("__iter__") == null && it.type().lookup("__getitem__") == null) {
                throw Exc.typeError("Value after * must be an iterable, not " + it.type().name());
            }
            throw e;
        }
        for (PyObject v : items) {
            l.append(v);
        }
        return sp;
    }

    static int setUpdate(PyObject[] s, int sp, int i) {
        PyObject it = pop(s, --sp);
        ((PySet) s[sp - i]).update(it);
        return sp;
    }

    static int dictUpdate(PyObject[] s, int sp, int i) {
        PyObject m = pop(s, --sp);
        PyDict d = (PyDict) s[sp - i];
        if (!(m instanceof PyDict) && Abstract.getAttrOrNull(m, "keys") == null) {
            throw Exc.typeError("'" + m.type().name() + "' object is not a mapping");
        }
        Abstract.callMethod(d, "update", m);
        return sp;
    }

    /** DICT_MERGE: ** in a call; duplicate keys are an error naming the function. */
    static int dictMerge(PyObject[] s, int sp, int i) {
        PyObject m = pop(s, --sp);
        PyDict d = (PyDict) s[sp - i];
        PyObject func = s[sp - i - 2];
        String fname = funcName(func);
        if (!(m instanceof PyDict) && Abstract.getAttrOrNull(m, "keys") == null) {
            throw Exc.typeError(fname + " argument after ** must be a mapping, not " + m.type().name());
        }
        PyObject[] keys = Abstract.toArray(m instanceof PyDict md ? md : Abstract.callMethod(m, "keys"));
        for (PyObject k : keys) {
            if (d.containsKey(k)) {
                throw Exc.typeError(fname + " got multiple values for keyword argument '" + Abstract.str(k).value() + "'");
            }
            d.put(k, Abstract.getItem(m, k));
        }
        return sp;
    }

    /** _PyObject_FunctionStr: {@code module.qualname()} (no module for builtins), else str(f). */
    private static String funcName(PyObject f) {
        if (f == null) {
            return "function";
        }
        if (f instanceof PyBuiltinFunction bf) {
            return bf.name + "()"; // the builtins module's functions (pyj does not record others' modules)
        }
        try {
            PyObject q = Abstract.getAttrOrNull(f, "__qualname__");
            if (q == null) {
                return Abstract.str(f).value();
            }
            PyObject m = Abstract.getAttrOrNull(f, "__module__");
            String mod = m instanceof PyStr ms && !ms.value().equals("builtins") ? ms.value() + "." : "";
            return mod + Abstract.str(q).value() + "()";
        } catch (PyException e) {
            return f.type().name() + " object";
        }
    }

    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject seq = pop(s, --sp);
        PyObject[] items;
        if (seq instanceof PyTuple t) {
            items = t.array();
        } else if (seq instanceof PyList l) {
            items = l.toArray();
        } else {
            if (seq.type().lookup("__iter__") == null && seq.type().lookup("__getitem__") == null) {
                throw Exc.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            PyObject it = Abstract.iter(seq);
            items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    throw Exc.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                }
                items[i] = v;
            }
            if (Abstract.next(it) != null) {
                throw Exc.valueError("too many values to unpack (expected " + n + ")");
            }
        }
        if (items.length != n) {
            throw Exc.valueError(items.length < n ? "not enough values to unpack (expected " + n + ", got " + items.length + ")"
                    : "too many values to unpack (expected " + n + ")");
        }
        for (int i = n - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    static int unpackEx(PyObject[] s, int sp, int arg) {
        int before = arg & 0xff;
        int after = arg >> 8;
        PyObject seq = pop(s, --sp);
        if (seq.type().lookup("__iter__") == null && seq.type().lookup("__getitem__") == null) {
            throw Exc.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        }
        PyObject[] items = Abstract.toArray(seq);
        if (items.length < before + after) {
            throw Exc.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + items.length + ")");
        }
        for (int i = items.length - 1; i >= items.length - after; i--) {
            s[sp++] = items[i];
        }
        s[sp++] = new PyList(java.util.Arrays.copyOfRange(items, before, items.length - after));
        for (int i = before - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    static int formatValue(PyObject[] s, int sp, int flags) {
        PyObject spec = (flags & 4) != 0 ? pop(s, --sp) : PyStr.EMPTY;
        PyObject v = s[sp - 1];
        switch (flags & 3) {
            case 1 -> v = Abstract.str(v);
            case 2 -> v = Abstract.repr(v);
            case 3 -> v = PyStr.of(Abstract.ascii(v));
            default -> {
            }
        }
        s[sp - 1] = Abstract.format(v, spec);
        return sp;
    }

    static int callFunctionEx(PyObject[] s, int sp, int flags) {
        PyObject kwargs = (flags & 1) != 0 ? pop(s, --sp) : null;
        PyObject callargs = pop(s, --sp);
        PyObject func = pop(s, --sp);
        PyObject[] args;
        if (callargs instanceof PyTuple t) {
            args = t.array();
        } else {
            if (callargs.type().lookup("__iter__") == null && callargs.type().lookup("__getitem__") == null) {
                throw Exc.typeError(funcName(func) + " argument after * must be an iterable, not " + callargs.type().name());
            }
            args = Abstract.toArray(callargs);
        }
        String[] kwnames = null;
        if (kwargs instanceof PyDict d && d.size() > 0) {
            kwnames = new String[d.size()];
            PyObject[] all = java.util.Arrays.copyOf(args, args.length + d.size());
            int k = 0;
            for (int i = 0; i < d.entryLimit(); i++) {
                if (d.keyAt(i) != null) {
                    if (!(d.keyAt(i) instanceof PyStr ks)) {
                        throw Exc.typeError("keywords must be strings");
                    }
                    kwnames[k] = ks.value();
                    all[args.length + k] = d.valueAt(i);
                    k++;
                }
            }
            args = all;
        }
        s[sp - 1] = Abstract.call(func, args, kwnames); // replaces the NULL below the function
        return sp;
    }

    static int makeFunction(Frame f, PyObject[] s, int sp, int flags) {
        PyCodeObj co = (PyCodeObj) pop(s, --sp);
        PyFunction fn = new PyFunction(co, f.globals, f.builtins, co.code.qualname());
        if ((flags & 8) != 0) {
            PyTuple cells = (PyTuple) pop(s, --sp);
            fn.closure = new PyCell[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                fn.closure[i] = (PyCell) cells.get(i);
            }
        }
        if ((flags & 4) != 0) {
            PyObject ann = pop(s, --sp);
            if (ann instanceof PyTuple t) {
                PyDict d = new PyDict();
                for (int i = 0; i + 1 < t.size(); i += 2) {
                    d.put(t.get(i), t.get(i + 1));
                }
                ann = d;
            }
            fn.annotations = ann;
        }
        if ((flags & 2) != 0) {
            fn.kwdefaults = (PyDict) pop(s, --sp);
        }
        if ((flags & 1) != 0) {
            fn.defaults = ((PyTuple) pop(s, --sp)).array();
        }
        s[sp++] = fn;
        return sp;
    }

    static PyObject makeGenerator(Frame f) {
        PyGenerator g = new PyGenerator(f);
        f.gen = g;
        return g.kind == PyGenerator.CORO ? new Coro.PyCoroutine(g) : g.kind == PyGenerator.ASYNC_GEN ? new Coro.PyAsyncGen(g) : g;
    }

    /** The value a receiver returned from SEND (the eval loop reads it when send answers null). */
    static PyObject lastSendReturn;

    /** SEND: the receiver's next yielded value, or null if it returned ({@link #lastSendReturn}). */
    static PyObject send(PyObject receiver, PyObject v) {
        if (receiver instanceof PyGenerator g) {
            PyObject r = g.resume(v, null);
            if (g.returned) {
                lastSendReturn = r;
                return null;
            }
            return r;
        }
        try {
            if (receiver instanceof Coro.Sendable sd) {
                return sd.sendJ(v);
            }
            PyObject r;
            if (v == NONE && receiver instanceof pyj.objects.PyIterator) {
                r = Abstract.next(receiver);
                if (r == null) {
                    lastSendReturn = NONE;
                    return null;
                }
                return r;
            }
            if (v == NONE && receiver.type().lookup("__next__") != null) {
                // tp_iternext: the StopIteration's value is the result of the await / yield from.
                return Abstract.callMethod(receiver, "__next__");
            }
            return Abstract.callMethod(receiver, "send", v);
        } catch (PyException e) {
            if (Exc.matches(e, Exc.StopIteration)) {
                lastSendReturn = e.exc.stopValue();
                return null;
            }
            throw e;
        }
    }

    static PyObject yieldFromIter(PyObject o) {
        if (o instanceof PyGenerator) {
            return o;
        }
        return Abstract.iter(o);
    }

    static boolean exceptionMatches(PyObject exc, PyObject t) {
        if (t instanceof PyTuple tu) {
            for (PyObject c : tu.array()) {
                checkCatchable(c);
            }
            for (PyObject c : tu.array()) {
                if (exc.type().isSubtypeOf((PyType) c)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(t);
        return exc.type().isSubtypeOf((PyType) t);
    }

    private static void checkCatchable(PyObject c) {
        if (!(c instanceof PyType ct) || !ct.isSubtypeOf(Exc.BaseException)) {
            throw Exc.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** RAISE_VARARGS: bare raise re-raises the handled exception; else raise exc [from cause]. */
    static PyException raise(ThreadState ts, PyObject[] s, int sp, int n) {
        if (n == 0) {
            PyBaseException h = ts.handled();
            if (h == null) {
                return Exc.runtimeError("No active exception to reraise");
            }
            PyException e = new PyException(h);
            e.chained = true;
            e.reraise = true;
            return e;
        }
        PyObject causeObj = n == 2 ? s[sp - 1] : null;
        PyObject excObj = s[sp - n];
        drop(s, sp, n);
        PyBaseException exc = Eval.makeException(excObj, NONE);
        if (causeObj != null) {
            if (causeObj == NONE) {
                exc.cause = null;
            } else if (causeObj instanceof PyType ct && ct.isSubtypeOf(Exc.BaseException)) {
                exc.cause = Eval.makeException(ct, NONE);
            } else if (causeObj instanceof PyBaseException ce) {
                exc.cause = ce;
            } else {
                throw Exc.typeError("exception causes must derive from BaseException");
            }
            exc.suppressContext = true;
        }
        return new PyException(exc);
    }

    static int beforeWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        if (enter == null) {
            throw Exc.typeError("'" + t.name() + "' object does not support the context manager protocol");
        }
        PyObject exit = t.lookup("__exit__");
        if (exit == null) {
            throw Exc.typeError("'" + t.name() + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        s[sp - 1] = Abstract.bind(exit, mgr, t);
        s[sp++] = Abstract.callWithSelf(enter, mgr, new PyObject[0], null);
        return sp;
    }

    static PyObject loadBuildClass(Frame f) {
        PyObject b = f.builtins.getStr("__build_class__");
        if (b == null) {
            throw Exc.nameError("__build_class__ not found");
        }
        return b;
    }

    static void setupAnnotations(Frame f) {
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            if (d.getStr("__annotations__") == null) {
                d.putStr("__annotations__", new PyDict());
            }
        } else if (f.locals == null) {
            throw Exc.systemError("no locals found when setting up annotations");
        } else {
            try {
                Abstract.getItem(f.locals, PyStr.of("__annotations__"));
            } catch (PyException e) {
                if (!Exc.matches(e, Exc.KeyError)) {
                    throw e;
                }
                Abstract.setItem(f.locals, PyStr.of("__annotations__"), new PyDict());
            }
        }
    }

    static int importName(ThreadState ts, Frame f, PyObject[] s, int sp, String name) {
        PyObject fromlist = pop(s, --sp);
        PyObject level = s[sp - 1];
        s[sp - 1] = ts.interp.importer.importName(f, name, fromlist, level);
        return sp;
    }

    static PyObject importFrom(ThreadState ts, PyObject module, String name) {
        return ts.interp.importer.importFrom(module, name);
    }

    static void importStar(Frame f, PyObject module) {
        if (f.locals == null) {
            throw Exc.systemError("no locals found during 'import *'");
        }
        Importer.importStar(f.locals, module);
    }

    static void printExpr(ThreadState ts, PyObject v) {
        PyObject hook = ts.interp.sys.dict.getStr("displayhook");
        if (hook == null) {
            throw Exc.runtimeError("lost sys.displayhook");
        }
        Abstract.call(hook, v);
    }
}
