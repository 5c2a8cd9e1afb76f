package pyj.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** str, list, tuple, dict, set, range and slice: item access fast paths and the types' methods. */
final class Containers {
    private Containers() {}

    private static final PySingleton NONE = PySingleton.NONE;
    /** Objects whose repr is in progress (Py_ReprEnter): a container inside itself prints as "...". */
    private static final IdentityHashMap<PyObject, Boolean> REPR_ACTIVE = new IdentityHashMap<>();

    // ---- indexing helpers ----

    static long normIndex(PyObject key, long len, String what) {
        PyInt k = Abstract.index(key);
        if (!k.isLong()) {
            throw Exc.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = k.longValue();
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Exc.indexError(what + " index out of range");
        }
        return i;
    }

    private static boolean isIndex(PyObject key) {
        return key instanceof PyInt || (!(key instanceof PySlice) && key.type().lookup("__index__") != null);
    }

    static PyObject fastGetItem(PyObject o, PyObject key) {
        if (o instanceof PyList l && l.sub == null && key instanceof PyInt) {
            return l.get((int) normIndex(key, l.size(), "list"));
        }
        if (o instanceof PyTuple t && t.sub == null && key instanceof PyInt) {
            return t.get((int) normIndex(key, t.size(), "tuple"));
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            PyObject v = d.get(key);
            if (v == null) {
                throw Exc.keyError(key);
            }
            return v;
        }
        return null;
    }

    static boolean fastSetItem(PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyList l && l.sub == null && key instanceof PyInt) {
            l.set((int) normIndex(key, l.size(), "list assignment"), value);
            return true;
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            d.put(key, value);
            return true;
        }
        return false;
    }

    private static PyObject[] slice(PyObject[] items, int size, PySlice s) {
        long[] ix = s.indices(size);
        PyObject[] out = new PyObject[(int) ix[3]];
        for (int i = 0; i < out.length; i++) {
            out[i] = items[(int) (ix[0] + i * ix[2])];
        }
        return out;
    }

    /** Lexicographic comparison of two sequences (list_richcompare / tuplerichcompare). */
    static PyObject seqCompare(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int i = 0;
        while (i < na && i < nb && Abstract.eqForLookup(a[i], b[i])) {
            i++;
        }
        if (i >= na || i >= nb) {
            return PyBool.of(Numbers.test(Integer.compare(na, nb), op));
        }
        if (op == Abstract.EQ) {
            return PyBool.FALSE;
        }
        if (op == Abstract.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(a[i], b[i], op);
    }

    static String reprItems(PyObject self, String open, PyObject[] items, int n, String close) {
        if (REPR_ACTIVE.containsKey(self)) {
            return open.equals("(") ? "(...)" : open + "..." + close;
        }
        REPR_ACTIVE.put(self, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value());
            }
            if (open.equals("(") && n == 1) {
                sb.append(',');
            }
            return sb.append(close).toString();
        } finally {
            REPR_ACTIVE.remove(self);
        }
    }

    private static PyObject repeat(PyObject[] items, int n, PyObject times, boolean tuple) {
        if (!isIndex(times)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        long k = Math.max(0, Abstract.index(times).ssize());
        if (k * n > Integer.MAX_VALUE - 8) {
            throw Exc.of(Exc.MemoryError, "");
        }
        PyObject[] out = new PyObject[(int) (k * n)];
        for (int i = 0; i < k; i++) {
            System.arraycopy(items, 0, out, i * n, n);
        }
        return tuple ? new PyTuple(out) : new PyList(out);
    }

    private static PyObject[] items(PyObject o) {
        return o instanceof PyTuple t ? t.items : ((PyList) o).toArray();
    }

    static void install() {
        installStr();
        installList();
        installTuple();
        installDict();
        installSet();
        installRangeSlice();
    }

    // ---- str ----

    private static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    private static void installStr() {
        PyType t = PyStr.TYPE;
        Methods.staticNew(t, (cls, a, k) -> {
            Args args = new Args("str", a, k, new String[] {"object", "encoding", "errors"}, 0, 3);
            PyObject o = args.get(0, null);
            PyStr r;
            if (args.get(1, null) != null || args.get(2, null) != null) {
                // str(bytes, encoding, errors): decoding
                if (o instanceof PyStr) {
                    throw Exc.typeError("decoding str is not supported");
                }
                if (!(o instanceof PyBytes bo)) {
                    throw Exc.typeError("decoding to str: need a bytes-like object, " + (o == null ? "NoneType" : o.type().name()) + " found");
                }
                String enc = args.get(1, null) == null ? "utf-8" : StrMethods.arg(args.get(1, null), "str", 2);
                String err = args.get(2, null) == null ? "strict" : StrMethods.arg(args.get(2, null), "str", 3);
                r = PyStr.of(Codecs.decode(bo.bytes(), enc, err));
            } else {
                r = o == null ? PyStr.EMPTY : Abstract.str(o);
            }
            return cls == PyStr.TYPE ? r : Sub.attach(new PyStr(r.value()), cls);
        });
        Methods.def(t, "__len__", 0, 0, a -> PyInt.of(((PyStr) a[0]).length()));
        Methods.def(t, "__str__", 0, 0, a -> ((PyStr) a[0]).sub == null ? a[0] : PyStr.of(s(a[0])));
        Methods.def(t, "__repr__", 0, 0, a -> new PyStr(((PyStr) a[0]).repr()));
        Methods.def(t, "__hash__", 0, 0, a -> PyInt.of(((PyStr) a[0]).hash()));
        Methods.def(t, "__iter__", 0, 0, a -> Iterators.str((PyStr) a[0]));
        Methods.def(t, "__format__", 1, 1, a -> Methods.formatSpec(a[0], a[1]));
        for (int op = 0; op < 6; op++) {
            final int o = op;
            Methods.def(t, Abstract.CMP_DUNDER[op], 1, 1, a -> a[1] instanceof PyStr y
                    ? PyBool.of(Numbers.test(Numbers.compareStr(s(a[0]), y.value()), o)) : PySingleton.NOT_IMPLEMENTED);
        }
        Methods.def(t, "__getitem__", 1, 1, a -> {
            PyStr str = (PyStr) a[0];
            if (a[1] instanceof PySlice sl) {
                long[] ix = sl.indices(str.length());
                if (ix[2] == 1) {
                    return PyStr.of(str.substring((int) ix[0], (int) Math.max(ix[0], ix[0] + ix[3])));
                }
                StringBuilder sb = new StringBuilder();
                for (long i = 0; i < ix[3]; i++) {
                    sb.appendCodePoint(str.codePointAt((int) (ix[0] + i * ix[2])));
                }
                return PyStr.of(sb.toString());
            }
            if (!isIndex(a[1])) {
                throw Exc.typeError("string indices must be integers, not '" + a[1].type().name() + "'");
            }
            return PyStr.ofCodePoint(str.codePointAt((int) normIndex(a[1], str.length(), "string")));
        });
        Methods.def(t, "__contains__", 1, 1, a -> {
            if (!(a[1] instanceof PyStr y)) {
                throw Exc.typeError("'in <string>' requires string as left operand, not " + a[1].type().name());
            }
            return PyBool.of(s(a[0]).contains(y.value()));
        });
        Methods.def(t, "__add__", 1, 1, a -> a[1] instanceof PyStr y ? new PyStr(s(a[0]) + y.value()) : PySingleton.NOT_IMPLEMENTED);
        Methods.Fixed mul = a -> {
            if (!isIndex(a[1])) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            long k = Abstract.index(a[1]).ssize();
            String x = s(a[0]);
            if (k <= 0 || x.isEmpty()) {
                return PyStr.EMPTY;
            }
            if (k > Long.MAX_VALUE / x.length()) {
                throw Exc.overflow("repeated string is too long");
            }
            if (k * x.length() > Integer.MAX_VALUE - 8) {
                throw Exc.of(Exc.MemoryError, ""); // Java Strings stop at 2**31 chars
            }
            return k == 1 && a[0].type() == PyStr.TYPE ? a[0] : new PyStr(x.repeat((int) k));
        };
        Methods.def(t, "__mul__", 1, 1, mul);
        Methods.def(t, "__rmul__", 1, 1, mul);
        Methods.def(t, "__mod__", 1, 1, a -> PercentOps.formatStr(s(a[0]), a[1]));
    }

    // ---- list ----

    private static PyList l(PyObject o) {
        return (PyList) o;
    }

    private static void installList() {
        PyType t = PyList.TYPE;
        t.define("__hash__", NONE);
        Methods.staticNew(t, (cls, a, k) -> {
            return cls == PyList.TYPE ? new PyList() : Sub.attach(new PyList(), cls);
        });
        Methods.def(t, "__init__", 0, 1, a -> {
            l(a[0]).clear();
            if (a.length > 1) {
                for (PyObject v : Abstract.toArray(a[1])) {
                    l(a[0]).append(v);
                }
            }
            return NONE;
        });
        Methods.def(t, "__len__", 0, 0, a -> PyInt.of(l(a[0]).size()));
        Methods.def(t, "__iter__", 0, 0, a -> Iterators.list(l(a[0])));
        Methods.def(t, "__reversed__", 0, 0, a -> Iterators.listReversed(l(a[0])));
        Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(reprItems(a[0], "[", l(a[0]).items, l(a[0]).size(), "]")));
        Methods.def(t, "__contains__", 1, 1, a -> {
            PyList x = l(a[0]);
            for (int i = 0; i < x.size(); i++) {
                if (Abstract.eqForLookup(x.get(i), a[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        Methods.def(t, "__getitem__", 1, 1, a -> {
            PyList x = l(a[0]);
            if (a[1] instanceof PySlice sl) {
                return new PyList(slice(x.items, x.size(), sl));
            }
            if (!isIndex(a[1])) {
                throw Exc.typeError("list indices must be integers or slices, not " + a[1].type().name());
            }
            return x.get((int) normIndex(a[1], x.size(), "list"));
        });
        Methods.def(t, "__setitem__", 2, 2, a -> {
            PyList x = l(a[0]);
            if (a[1] instanceof PySlice sl) {
                setSlice(x, sl, sequenceFast(a[2], "can only assign an iterable"));
                return NONE;
            }
            if (!isIndex(a[1])) {
                throw Exc.typeError("list indices must be integers or slices, not " + a[1].type().name());
            }
            x.set((int) normIndex(a[1], x.size(), "list assignment"), a[2]);
            return NONE;
        });
        Methods.def(t, "__delitem__", 1, 1, a -> {
            PyList x = l(a[0]);
            if (a[1] instanceof PySlice sl) {
                long[] ix = sl.indices(x.size());
                List<PyObject> keep = new ArrayList<>();
                java.util.Set<Long> drop = new java.util.HashSet<>();
                for (long i = 0; i < ix[3]; i++) {
                    drop.add(ix[0] + i * ix[2]);
                }
                for (int i = 0; i < x.size(); i++) {
                    if (!drop.contains((long) i)) {
                        keep.add(x.get(i));
                    }
                }
                x.setAll(keep.toArray(new PyObject[0]));
                return NONE;
            }
            x.remove((int) normIndex(a[1], x.size(), "list assignment"));
            return NONE;
        });
        Methods.def(t, "__add__", 1, 1, a -> {
            if (!(a[1] instanceof PyList y)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyObject[] out = java.util.Arrays.copyOf(l(a[0]).items, l(a[0]).size() + y.size());
            System.arraycopy(y.items, 0, out, l(a[0]).size(), y.size());
            return new PyList(out);
        });
        Methods.def(t, "__iadd__", 1, 1, a -> {
            for (PyObject v : Abstract.toArray(a[1])) {
                l(a[0]).append(v);
            }
            return a[0];
        });
        Methods.def(t, "__mul__", 1, 1, a -> repeat(l(a[0]).items, l(a[0]).size(), a[1], false));
        Methods.def(t, "__rmul__", 1, 1, a -> repeat(l(a[0]).items, l(a[0]).size(), a[1], false));
        Methods.def(t, "__imul__", 1, 1, a -> {
            PyObject r = repeat(l(a[0]).items, l(a[0]).size(), a[1], false);
            if (r instanceof PyList rl) {
                l(a[0]).setAll(rl.toArray());
                return a[0];
            }
            return r;
        });
        for (int op = 0; op < 6; op++) {
            final int o = op;
            Methods.def(t, Abstract.CMP_DUNDER[op], 1, 1, a -> a[1] instanceof PyList y
                    ? seqCompare(l(a[0]).toArray(), l(a[0]).size(), y.toArray(), y.size(), o) : PySingleton.NOT_IMPLEMENTED);
        }
        Methods.def(t, "append", 1, 1, a -> {
            l(a[0]).append(a[1]);
            return NONE;
        });
        Methods.def(t, "extend", 1, 1, a -> {
            for (PyObject v : Abstract.toArray(a[1])) {
                l(a[0]).append(v);
            }
            return NONE;
        });
        Methods.def(t, "insert", 2, 2, a -> {
            PyList x = l(a[0]);
            long i = Abstract.index(a[1]).ssize();
            if (i < 0) {
                i = Math.max(0, i + x.size());
            }
            x.insert((int) Math.min(i, x.size()), a[2]);
            return NONE;
        });
        Methods.def(t, "pop", 0, 1, a -> {
            PyList x = l(a[0]);
            if (x.size() == 0) {
                throw Exc.indexError("pop from empty list");
            }
            long i = a.length > 1 ? Abstract.index(a[1]).ssize() : -1;
            if (i < 0) {
                i += x.size();
            }
            if (i < 0 || i >= x.size()) {
                throw Exc.indexError("pop index out of range");
            }
            return x.remove((int) i);
        });
        Methods.def(t, "remove", 1, 1, a -> {
            PyList x = l(a[0]);
            for (int i = 0; i < x.size(); i++) {
                if (Abstract.eqForLookup(x.get(i), a[1])) {
                    x.remove(i);
                    return NONE;
                }
            }
            throw Exc.valueError("list.remove(x): x not in list");
        });
        Methods.def(t, "index", 1, 3, a -> {
            PyList x = l(a[0]);
            // list.index(x, start, stop): bounds clipped as slice indices.
            long start = a.length > 2 ? clipIndex(a[2], x.size()) : 0;
            long stop = a.length > 3 ? clipIndex(a[3], x.size()) : x.size();
            for (int i = (int) start; i < Math.min(stop, x.size()); i++) {
                if (Abstract.eqForLookup(x.get(i), a[1])) {
                    return PyInt.of(i);
                }
            }
            throw Exc.valueError(Abstract.repr(a[1]).value() + " is not in list");
        });
        Methods.def(t, "count", 1, 1, a -> {
            int n = 0;
            for (PyObject v : l(a[0]).toArray()) {
                if (Abstract.eqForLookup(v, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        Methods.def(t, "clear", 0, 0, a -> {
            l(a[0]).clear();
            return NONE;
        });
        Methods.def(t, "copy", 0, 0, a -> new PyList(l(a[0]).toArray()));
        Methods.def(t, "reverse", 0, 0, a -> {
            PyObject[] x = l(a[0]).toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(x));
            l(a[0]).setAll(x);
            return NONE;
        });
        Methods.defKw(t, "sort", (a, k) -> {
            Args args = new Args("sort", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"key", "reverse"}, 0, 0);
            sortList(l(a[0]), args.get(0, NONE), Abstract.isTrue(args.get(1, PyBool.FALSE)));
            return NONE;
        });
    }

    static void sortList(PyList x, PyObject key, boolean reverse) {
        PyObject[] items = x.toArray();
        x.setAll(new PyObject[0]); // CPython empties the list while sorting
        try {
            if (key == NONE) {
                PyList.sort(items, null, reverse);
            } else {
                PyObject[] keys = new PyObject[items.length];
                for (int i = 0; i < items.length; i++) {
                    keys[i] = Abstract.call(key, items[i]);
                }
                PyList.sort(keys, items, reverse);
            }
        } finally {
            boolean modified = x.size() != 0;
            x.setAll(items);
            if (modified) {
                throw Exc.valueError("list modified during sort");
            }
        }
    }

    private static void setSlice(PyList x, PySlice sl, PyObject[] vals) {
        long[] ix = sl.indices(x.size());
        if (ix[2] == 1) {
            int lo = (int) ix[0];
            int hi = (int) Math.max(ix[0], ix[1]);
            PyObject[] old = x.toArray();
            PyObject[] out = new PyObject[old.length - (hi - lo) + vals.length];
            System.arraycopy(old, 0, out, 0, lo);
            System.arraycopy(vals, 0, out, lo, vals.length);
            System.arraycopy(old, hi, out, lo + vals.length, old.length - hi);
            x.setAll(out);
            return;
        }
        if (vals.length != ix[3]) {
            throw Exc.valueError("attempt to assign sequence of size " + vals.length + " to extended slice of size " + ix[3]);
        }
        for (int i = 0; i < vals.length; i++) {
            x.set((int) (ix[0] + i * ix[2]), vals[i]);
        }
    }

    // ---- tuple ----

    private static PyTuple tu(PyObject o) {
        return (PyTuple) o;
    }

    private static void installTuple() {
        PyType t = PyTuple.TYPE;
        Methods.staticNew(t, (cls, a, k) -> {
            Args.checkPositional("tuple", a, k, 0, 1);
            if (cls != PyTuple.TYPE) {
                return Sub.attach(new PyTuple(a.length == 0 ? new PyObject[0] : Abstract.toArray(a[0]).clone()), cls);
            }
            if (a.length == 0) {
                return PyTuple.EMPTY;
            }
            return a[0].type() == PyTuple.TYPE ? a[0] : new PyTuple(Abstract.toArray(a[0]));
        });
        Methods.def(t, "__len__", 0, 0, a -> PyInt.of(tu(a[0]).size()));
        Methods.def(t, "__iter__", 0, 0, a -> Iterators.tuple(tu(a[0])));
        Methods.def(t, "__hash__", 0, 0, a -> PyInt.of(tu(a[0]).hash()));
        Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(reprItems(a[0], "(", tu(a[0]).items, tu(a[0]).size(), ")")));
        Methods.def(t, "__contains__", 1, 1, a -> {
            for (PyObject v : tu(a[0]).items) {
                if (Abstract.eqForLookup(v, a[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        Methods.def(t, "__getitem__", 1, 1, a -> {
            PyTuple x = tu(a[0]);
            if (a[1] instanceof PySlice sl) {
                return new PyTuple(slice(x.items, x.size(), sl));
            }
            if (!isIndex(a[1])) {
                throw Exc.typeError("tuple indices must be integers or slices, not " + a[1].type().name());
            }
            return x.get((int) normIndex(a[1], x.size(), "tuple"));
        });
        Methods.def(t, "__add__", 1, 1, a -> {
            if (!(a[1] instanceof PyTuple y)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyObject[] out = java.util.Arrays.copyOf(tu(a[0]).items, tu(a[0]).size() + y.size());
            System.arraycopy(y.items, 0, out, tu(a[0]).size(), y.size());
            return new PyTuple(out);
        });
        Methods.def(t, "__mul__", 1, 1, a -> repeat(tu(a[0]).items, tu(a[0]).size(), a[1], true));
        Methods.def(t, "__rmul__", 1, 1, a -> repeat(tu(a[0]).items, tu(a[0]).size(), a[1], true));
        for (int op = 0; op < 6; op++) {
            final int o = op;
            Methods.def(t, Abstract.CMP_DUNDER[op], 1, 1, a -> a[1] instanceof PyTuple y
                    ? seqCompare(tu(a[0]).items, tu(a[0]).size(), y.items, y.size(), o) : PySingleton.NOT_IMPLEMENTED);
        }
        Methods.def(t, "index", 1, 3, a -> {
            PyObject[] x = tu(a[0]).items;
            for (int i = 0; i < x.length; i++) {
                if (Abstract.eqForLookup(x[i], a[1])) {
                    return PyInt.of(i);
                }
            }
            throw Exc.valueError("tuple.index(x): x not in tuple");
        });
        Methods.def(t, "count", 1, 1, a -> {
            int n = 0;
            for (PyObject v : tu(a[0]).items) {
                if (Abstract.eqForLookup(v, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
    }

    // ---- dict ----

    private static PyDict d(PyObject o) {
        return (PyDict) o;
    }

    static final PyType DICT_KEYS = PyType.builtin("dict_keys", null);
    static final PyType DICT_VALUES = PyType.builtin("dict_values", null);
    static final PyType DICT_ITEMS = PyType.builtin("dict_items", null);

    /** A dict view: keys (0), values (1) or items (2). */
    static final class View extends PyObject {
        final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return kind == 0 ? DICT_KEYS : kind == 1 ? DICT_VALUES : DICT_ITEMS;
        }
    }

    /** dict.update / dict(...) semantics: a mapping (has keys()) or an iterable of pairs. */
    static void update(PyDict d, PyObject src) {
        if (src instanceof PyDict s) {
            for (int i = 0; i < s.entryLimit(); i++) {
                if (s.keyAt(i) != null) {
                    d.put(s.keyAt(i), s.valueAt(i));
                }
            }
            return;
        }
        PyObject keys = Abstract.getAttrOrNull(src, "keys");
        if (keys != null) {
            for (PyObject k : Abstract.toArray(Abstract.call(keys))) {
                d.put(k, Abstract.getItem(src, k));
            }
            return;
        }
        PyObject it = Abstract.iter(src);
        int n = 0;
        for (PyObject item; (item = Abstract.next(it)) != null; n++) {
            PyObject[] kv;
            try {
                kv = Abstract.toArray(item);
            } catch (PyException e) {
                if (Exc.matches(e, Exc.TypeError)) {
                    throw Exc.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                throw e;
            }
            if (kv.length != 2) {
                throw Exc.valueError("dictionary update sequence element #" + n + " has length " + kv.length
                        + "; 2 is required");
            }
            d.put(kv[0], kv[1]);
        }
    }

    private static void installDict() {
        PyType t = PyDict.TYPE;
        t.define("__hash__", NONE);
        Methods.staticNew(t, (cls, a, k) -> {
            return cls == PyDict.TYPE ? new PyDict() : Sub.attach(new PyDict(), cls);
        });
        NativeFn upd = (a, k) -> {
            int nk = k == null ? 0 : k.length;
            int np = a.length - nk;
            if (np > 2) {
                throw Exc.typeError("update expected at most 1 argument, got " + (np - 1));
            }
            if (np == 2) {
                update(d(a[0]), a[1]);
            }
            for (int i = 0; i < nk; i++) {
                d(a[0]).putStr(k[i], a[np + i]);
            }
            return NONE;
        };
        Methods.defKw(t, "__init__", upd);
        Methods.defKw(t, "update", upd);
        Methods.def(t, "__len__", 0, 0, a -> PyInt.of(d(a[0]).size()));
        Methods.def(t, "__iter__", 0, 0, a -> Iterators.dict(d(a[0]), 0));
        Methods.def(t, "__reversed__", 0, 0, a -> Iterators.dictReversed(d(a[0]), 0));
        Methods.def(t, "__getitem__", 1, 1, a -> {
            PyObject v = d(a[0]).get(a[1]);
            if (v == null) {
                // dict_subscript: a subclass may supply __missing__
                if (d(a[0]).sub != null) {
                    PyObject missing = a[0].type().lookup("__missing__");
                    if (missing != null) {
                        return Abstract.callWithSelf(missing, a[0], new PyObject[] {a[1]}, null);
                    }
                }
                throw Exc.keyError(a[1]);
            }
            return v;
        });
        Methods.def(t, "__setitem__", 2, 2, a -> {
            d(a[0]).put(a[1], a[2]);
            return NONE;
        });
        Methods.def(t, "__delitem__", 1, 1, a -> {
            if (d(a[0]).remove(a[1]) == null) {
                throw Exc.keyError(a[1]);
            }
            return NONE;
        });
        Methods.def(t, "__contains__", 1, 1, a -> PyBool.of(d(a[0]).containsKey(a[1])));
        Methods.def(t, "__repr__", 0, 0, a -> {
            PyDict x = d(a[0]);
            if (REPR_ACTIVE.containsKey(x)) {
                return PyStr.of("{...}");
            }
            REPR_ACTIVE.put(x, Boolean.TRUE);
            try {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (int i = 0; i < x.entryLimit(); i++) {
                    if (x.keyAt(i) != null) {
                        if (!first) {
                            sb.append(", ");
                        }
                        first = false;
                        sb.append(Abstract.repr(x.keyAt(i)).value()).append(": ").append(Abstract.repr(x.valueAt(i)).value());
                    }
                }
                return PyStr.of(sb.append('}').toString());
            } finally {
                REPR_ACTIVE.remove(x);
            }
        });
        Methods.def(t, "__eq__", 1, 1, a -> a[1] instanceof PyDict y ? PyBool.of(dictEq(d(a[0]), y)) : PySingleton.NOT_IMPLEMENTED);
        Methods.def(t, "__ne__", 1, 1, a -> a[1] instanceof PyDict y ? PyBool.of(!dictEq(d(a[0]), y)) : PySingleton.NOT_IMPLEMENTED);
        Methods.def(t, "__or__", 1, 1, a -> {
            if (!(a[1] instanceof PyDict y)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyDict out = d(a[0]).copy();
            update(out, y);
            return out;
        });
        Methods.def(t, "get", 1, 2, a -> {
            PyObject v = d(a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : NONE;
        });
        Methods.def(t, "setdefault", 1, 2, a -> {
            PyObject v = d(a[0]).get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : NONE;
                d(a[0]).put(a[1], v);
            }
            return v;
        });
        Methods.def(t, "pop", 1, 2, a -> {
            PyObject v = d(a[0]).remove(a[1]);
            if (v == null) {
                if (a.length > 2) {
                    return a[2];
                }
                throw Exc.keyError(a[1]);
            }
            return v;
        });
        Methods.def(t, "popitem", 0, 0, a -> {
            PyObject[] kv = d(a[0]).popLast();
            if (kv == null) {
                throw Exc.keyError(PyStr.of("popitem(): dictionary is empty"));
            }
            return new PyTuple(kv);
        });
        Methods.def(t, "clear", 0, 0, a -> {
            d(a[0]).clear();
            return NONE;
        });
        Methods.def(t, "copy", 0, 0, a -> d(a[0]).copy());
        Methods.def(t, "keys", 0, 0, a -> new View(d(a[0]), 0));
        Methods.def(t, "values", 0, 0, a -> new View(d(a[0]), 1));
        Methods.def(t, "items", 0, 0, a -> new View(d(a[0]), 2));
        t.define("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) -> {
            Args.checkPositional("fromkeys", a, k, 2, 3);
            PyDict out = new PyDict();
            for (PyObject key : Abstract.toArray(a[1])) {
                out.put(key, a.length > 2 ? a[2] : NONE);
            }
            return out;
        })));
        String[] viewNames = {"dict_keys", "dict_values", "dict_items"};
        PyType[] views = {DICT_KEYS, DICT_VALUES, DICT_ITEMS};
        for (int kind = 0; kind < 3; kind++) {
            PyType vt = views[kind];
            String vn = viewNames[kind];
            Methods.def(vt, "__iter__", 0, 0, a -> Iterators.dict(((View) a[0]).dict, ((View) a[0]).kind));
            Methods.def(vt, "__reversed__", 0, 0, a -> Iterators.dictReversed(((View) a[0]).dict, ((View) a[0]).kind));
            Methods.def(vt, "__len__", 0, 0, a -> PyInt.of(((View) a[0]).dict.size()));
            Methods.def(vt, "__repr__", 0, 0, a -> {
                PyObject[] items = Abstract.toArray(Iterators.dict(((View) a[0]).dict, ((View) a[0]).kind));
                return PyStr.of(vn + reprItems(a[0], "([", items, items.length, "])"));
            });
            if (kind != 1) {
                installViewSetOps(vt);
                final int kd = kind;
                Methods.def(vt, "__contains__", 1, 1, a -> {
                    PyDict dd = ((View) a[0]).dict;
                    if (kd == 0) {
                        return PyBool.of(dd.containsKey(a[1]));
                    }
                    if (!(a[1] instanceof PyTuple kv) || kv.size() != 2) {
                        return PyBool.FALSE;
                    }
                    PyObject v = dd.get(kv.get(0));
                    return PyBool.of(v != null && Abstract.eqForLookup(v, kv.get(1)));
                });
            }
        }
    }

    private static boolean dictEq(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.entryLimit(); i++) {
            PyObject k = a.keyAt(i);
            if (k != null) {
                PyObject v = b.get(k);
                if (v == null || !Abstract.eqForLookup(a.valueAt(i), v)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- set, frozenset ----

    private static boolean isSetLike(PyObject o) {
        return o instanceof PySet || (o instanceof View v && v.kind != 1);
    }

    /** A new set of o's items (dictviews_to_set). */
    private static PySet viewToSet(PyObject o) {
        PySet r = new PySet(false);
        r.update(o instanceof View v && v.kind == 0 ? v.dict : o);
        return r;
    }

    /** keys/items views as sets: |, -, ^ and & (dictobject.c dictviews_*), comparisons (dictview_richcompare). */
    private static void installViewSetOps(PyType vt) {
        for (String op : new String[] {"or", "sub", "xor"}) {
            NativeFn f = (a, k) -> {
                PySet r = viewToSet(a[0]);
                switch (op) {
                    case "or" -> r.update(a[1]);
                    case "sub" -> {
                        PyObject it = Abstract.iter(a[1]);
                        for (PyObject x; (x = Abstract.next(it)) != null; ) {
                            r.discard(x);
                        }
                    }
                    default -> r.takeBody(symmetricDifference(r, toSet(a[1]), false));
                }
                return r;
            };
            Methods.def(vt, "__" + op + "__", 1, 1, a -> f.call(a, null));
            Methods.def(vt, "__r" + op + "__", 1, 1, a -> f.call(new PyObject[] {a[1], a[0]}, null));
        }
        Fixed and = a -> {
            PyObject self = a[0];
            PyObject other = a[1];
            if (!(self instanceof View)) {
                PyObject t = self;
                self = other;
                other = t;
            }
            if (isSetLike(other) && Abstract.len(other) > Abstract.len(self)) {
                PyObject t = self;
                self = other;
                other = t;
            }
            PySet r = new PySet(false);
            PyObject it = Abstract.iter(other);
            for (PyObject x; (x = Abstract.next(it)) != null; ) {
                if (Abstract.contains(self, x)) {
                    r.add(x);
                }
            }
            return r;
        };
        Methods.def(vt, "__and__", 1, 1, and::call);
        Methods.def(vt, "__rand__", 1, 1, a -> and.call(new PyObject[] {a[1], a[0]}));
        for (int op = 0; op < 6; op++) {
            final int o = op;
            Methods.def(vt, Abstract.CMP_DUNDER[op], 1, 1, a -> {
                if (!isSetLike(a[1])) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                long lx = Abstract.len(a[0]);
                long ly = Abstract.len(a[1]);
                boolean r = switch (o) {
                    case Abstract.EQ, Abstract.NE -> lx == ly && allIn(a[0], a[1]);
                    case Abstract.LT -> lx < ly && allIn(a[0], a[1]);
                    case Abstract.LE -> lx <= ly && allIn(a[0], a[1]);
                    case Abstract.GT -> lx > ly && allIn(a[1], a[0]);
                    default -> lx >= ly && allIn(a[1], a[0]);
                };
                return PyBool.of(o == Abstract.NE ? !r : r);
            });
        }
    }

    private static boolean allIn(PyObject small, PyObject big) {
        PyObject it = Abstract.iter(small);
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            if (!Abstract.contains(big, x)) {
                return false;
            }
        }
        return true;
    }

    private interface Fixed {
        PyObject call(PyObject[] a);
    }

    /** PySequence_Fast: the items of an iterable, or TypeError(msg) when it is not one. */
    static PyObject[] sequenceFast(PyObject o, String msg) {
        if (o instanceof PyList || o instanceof PyTuple) {
            return Abstract.toArray(o);
        }
        PyObject it;
        try {
            it = Abstract.iter(o);
        } catch (PyException e) {
            if (Exc.matches(e, Exc.TypeError)) {
                throw Exc.typeError(msg);
            }
            throw e;
        }
        return Abstract.toArray(it);
    }

    private static long clipIndex(PyObject o, int size) {
        PyInt v = Abstract.index(o);
        long i = v.fitsLong() ? v.longValue() : v.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return Math.min(i, size);
    }

    private static PySet st(PyObject o) {
        return (PySet) o;
    }

    /** set_intersection: walks the smaller set's table, keeping keys the other holds. */
    private static PySet intersection(PySet so, PySet other, boolean frozen) {
        PySet r = new PySet(frozen);
        if (other.size() > so.size()) {
            PySet t = so;
            so = other;
            other = t;
        }
        for (int i = 0; i < other.tableSize(); i++) {
            PyObject k = other.slot(i);
            if (k != null && so.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    /** set_difference: a copy minus the other's keys when much larger, else a walk of this table. */
    private static PySet difference(PySet so, PySet other, boolean frozen) {
        if ((so.size() >> 2) > other.size()) {
            PySet r = so.copy(frozen);
            for (PyObject k : other.toArray()) {
                r.discard(k);
            }
            return r;
        }
        PySet r = new PySet(frozen);
        for (int i = 0; i < so.tableSize(); i++) {
            PyObject k = so.slot(i);
            if (k != null && !other.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    /** set_symmetric_difference: a copy of the other set, then each of this set's keys toggled in table order. */
    private static PySet symmetricDifference(PySet so, PySet other, boolean frozen) {
        PySet r = other.copy(frozen);
        for (int i = 0; i < so.tableSize(); i++) {
            PyObject k = so.slot(i);
            if (k != null && !r.discard(k)) {
                r.add(k);
            }
        }
        return r;
    }

    /** set.intersection(*others): a set other through set_intersection, an iterable in its own order. */
    private static PySet intersectionMulti(PyObject[] a, boolean frozen) {
        PySet r = st(a[0]).copy(frozen);
        for (int i = 1; i < a.length; i++) {
            if (a[i] instanceof PySet o) {
                r = intersection(r, o, frozen);
            } else {
                PySet n = new PySet(frozen);
                PyObject it = Abstract.iter(a[i]);
                for (PyObject k; (k = Abstract.next(it)) != null; ) {
                    if (r.contains(k)) {
                        n.add(k);
                    }
                }
                r = n;
            }
        }
        return r;
    }

    /** set.difference(*others): set_difference for a set, else a copy with each item discarded. */
    private static PySet differenceMulti(PyObject[] a, boolean frozen) {
        PySet r = st(a[0]).copy(frozen);
        for (int i = 1; i < a.length; i++) {
            if (a[i] instanceof PySet o) {
                r = difference(r, o, frozen);
            } else {
                PyObject it = Abstract.iter(a[i]);
                for (PyObject k; (k = Abstract.next(it)) != null; ) {
                    r.discard(k);
                }
            }
        }
        return r;
    }

    private static PySet toSet(PyObject o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet s = new PySet(true);
        for (PyObject v : Abstract.toArray(o)) {
            s.add(v);
        }
        return s;
    }

    private static void installSet() {
        for (PyType t : new PyType[] {PySet.SET_TYPE, PySet.FROZENSET_TYPE}) {
            boolean frozen = t == PySet.FROZENSET_TYPE;
            Methods.staticNew(t, (cls, a, k) -> {
                Args.checkPositional(t.name(), a, k, 0, 1);
                PySet s = new PySet(frozen);
                if (cls != t) {
                    Sub.attach(s, cls);
                }
                if (a.length > 0) {
                    s.update(a[0]);
                }
                return s;
            });
            if (!frozen) {
                Methods.def(t, "__init__", 0, 1, a -> NONE);
                t.define("__hash__", NONE);
            } else {
                Methods.def(t, "__hash__", 0, 0, a -> PyInt.of(st(a[0]).hash()));
            }
            Methods.def(t, "__len__", 0, 0, a -> PyInt.of(st(a[0]).size()));
            Methods.def(t, "__iter__", 0, 0, a -> Iterators.set(st(a[0])));
            Methods.def(t, "__contains__", 1, 1, a -> PyBool.of(st(a[0]).contains(a[1])));
            Methods.def(t, "__repr__", 0, 0, a -> {
                PySet x = st(a[0]);
                String name = x.frozen ? "frozenset" : "set";
                if (x.size() == 0) {
                    return PyStr.of(name + "()");
                }
                PyObject[] items = x.toArray();
                String body = reprItems(a[0], "{", items, items.length, "}");
                return PyStr.of(x.frozen ? "frozenset(" + body + ")" : body);
            });
            Methods.def(t, "copy", 0, 0, a -> st(a[0]).copy(frozen));
            Methods.def(t, "union", 0, 100, a -> {
                PySet r = st(a[0]).copy(frozen);
                for (int i = 1; i < a.length; i++) {
                    r.update(a[i]);
                }
                return r;
            });
            Methods.def(t, "__or__", 1, 1, a -> {
                if (!(a[1] instanceof PySet)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                PySet r = st(a[0]).copy(frozen);
                r.update(a[1]);
                return r;
            });
            Methods.def(t, "intersection", 0, 100, a -> intersectionMulti(a, frozen));
            Methods.def(t, "__and__", 1, 1, a -> a[1] instanceof PySet o ? intersection(st(a[0]), o, frozen)
                    : PySingleton.NOT_IMPLEMENTED);
            Methods.def(t, "difference", 0, 100, a -> differenceMulti(a, frozen));
            Methods.def(t, "__sub__", 1, 1, a -> a[1] instanceof PySet o ? difference(st(a[0]), o, frozen)
                    : PySingleton.NOT_IMPLEMENTED);
            Methods.def(t, "symmetric_difference", 1, 1, a -> symmetricDifference(st(a[0]), toSet(a[1]), frozen));
            Methods.def(t, "__xor__", 1, 1, a -> a[1] instanceof PySet o ? symmetricDifference(st(a[0]), o, frozen)
                    : PySingleton.NOT_IMPLEMENTED);
            Methods.def(t, "issubset", 1, 1, a -> {
                PySet o = toSet(a[1]);
                return PyBool.of(java.util.Arrays.stream(st(a[0]).toArray()).allMatch(o::contains));
            });
            Methods.def(t, "issuperset", 1, 1, a -> {
                PySet o = toSet(a[1]);
                return PyBool.of(java.util.Arrays.stream(o.toArray()).allMatch(st(a[0])::contains));
            });
            Methods.def(t, "isdisjoint", 1, 1, a -> {
                PySet o = toSet(a[1]);
                return PyBool.of(java.util.Arrays.stream(st(a[0]).toArray()).noneMatch(o::contains));
            });
            for (int op = 0; op < 6; op++) {
                final int o = op;
                Methods.def(t, Abstract.CMP_DUNDER[op], 1, 1, a -> {
                    if (!(a[1] instanceof PySet y)) {
                        return PySingleton.NOT_IMPLEMENTED;
                    }
                    PySet x = st(a[0]);
                    boolean sub = java.util.Arrays.stream(x.toArray()).allMatch(y::contains);
                    boolean sup = java.util.Arrays.stream(y.toArray()).allMatch(x::contains);
                    return PyBool.of(switch (o) {
                        case Abstract.EQ -> sub && sup;
                        case Abstract.NE -> !(sub && sup);
                        case Abstract.LE -> sub;
                        case Abstract.LT -> sub && !sup;
                        case Abstract.GE -> sup;
                        default -> sup && !sub;
                    });
                });
            }
        }
        PyType t = PySet.SET_TYPE;
        Methods.def(t, "add", 1, 1, a -> {
            st(a[0]).add(a[1]);
            return NONE;
        });
        Methods.def(t, "discard", 1, 1, a -> {
            st(a[0]).discard(a[1]);
            return NONE;
        });
        Methods.def(t, "remove", 1, 1, a -> {
            if (!st(a[0]).discard(a[1])) {
                throw Exc.keyError(a[1]);
            }
            return NONE;
        });
        Methods.def(t, "pop", 0, 0, a -> {
            PyObject v = st(a[0]).pop();
            if (v == null) {
                throw Exc.keyError(PyStr.of("pop from an empty set"));
            }
            return v;
        });
        Methods.def(t, "clear", 0, 0, a -> {
            st(a[0]).clear();
            return NONE;
        });
        Methods.def(t, "update", 0, 100, a -> {
            for (int i = 1; i < a.length; i++) {
                st(a[0]).update(a[i]);
            }
            return NONE;
        });
        Methods.def(t, "intersection_update", 0, 100, a -> {
            st(a[0]).takeBody(intersectionMulti(a, false));
            return NONE;
        });
        Methods.def(t, "difference_update", 0, 100, a -> {
            st(a[0]).takeBody(differenceMulti(a, false));
            return NONE;
        });
        Methods.def(t, "symmetric_difference_update", 1, 1, a -> {
            st(a[0]).takeBody(symmetricDifference(st(a[0]), toSet(a[1]), false));
            return NONE;
        });
        Methods.def(t, "__ior__", 1, 1, a -> {
            if (!(a[1] instanceof PySet)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            st(a[0]).update(a[1]);
            return a[0];
        });
    }

    // ---- range, slice ----

    /** A range's length, start and step as big integers, whichever form it has. */
    private static java.math.BigInteger[] rangeLenStartStep(PyRange r) {
        if (r.big != null) {
            return new java.math.BigInteger[] {r.big[3], r.big[0], r.big[2]};
        }
        return new java.math.BigInteger[] {java.math.BigInteger.valueOf(r.length), java.math.BigInteger.valueOf(r.start),
            java.math.BigInteger.valueOf(r.step)};
    }

    private static void installRangeSlice() {
        PyType t = PyRange.TYPE;
        Methods.staticNew(t, (cls, a, k) -> {
            Args.checkPositional("range", a, k, 1, 3);
            java.math.BigInteger[] v = new java.math.BigInteger[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = Abstract.index(a[i]).bigValue();
            }
            return a.length == 1 ? PyRange.of(java.math.BigInteger.ZERO, v[0], java.math.BigInteger.ONE)
                    : PyRange.of(v[0], v[1], a.length == 3 ? v[2] : java.math.BigInteger.ONE);
        });
        Methods.def(t, "__len__", 0, 0, a -> {
            PyRange r = (PyRange) a[0];
            if (r.big != null) {
                throw Exc.overflow("Python int too large to convert to C ssize_t");
            }
            return PyInt.of(r.length);
        });
        Methods.def(t, "__bool__", 0, 0, a -> {
            PyRange r = (PyRange) a[0];
            return PyBool.of(r.big != null ? r.big[3].signum() != 0 : r.length != 0);
        });
        Methods.def(t, "__iter__", 0, 0, a -> Iterators.range((PyRange) a[0]));
        Methods.def(t, "__reversed__", 0, 0, a -> {
            PyRange r = (PyRange) a[0];
            if (r.big != null) {
                java.math.BigInteger last = r.bigAt(r.big[3].subtract(java.math.BigInteger.ONE));
                return Iterators.range(PyRange.of(last, r.big[0].subtract(r.big[2]), r.big[2].negate()));
            }
            return Iterators.range(new PyRange(r.at(r.length - 1), r.start - r.step, -r.step));
        });
        Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(((PyRange) a[0]).repr()));
        Methods.def(t, "__contains__", 1, 1, a -> {
            PyRange r = (PyRange) a[0];
            if (r.big != null) {
                if (!(a[1] instanceof PyInt i)) {
                    throw Exc.overflow("pyj: membership of a non-int in a range beyond 64 bits is not implemented yet");
                }
                java.math.BigInteger v = i.bigValue();
                java.math.BigInteger[] b = r.big;
                boolean in = b[2].signum() > 0 ? v.compareTo(b[0]) >= 0 && v.compareTo(b[1]) < 0
                        : v.compareTo(b[0]) <= 0 && v.compareTo(b[1]) > 0;
                return PyBool.of(in && v.subtract(b[0]).mod(b[2].abs()).signum() == 0);
            }
            if (a[1] instanceof PyInt i && i.isLong()) {
                long v = i.longValue();
                boolean in = r.step > 0 ? v >= r.start && v < r.stop : v <= r.start && v > r.stop;
                return PyBool.of(in && (v - r.start) % r.step == 0);
            }
            for (long j = 0; j < r.length; j++) {
                if (Abstract.eq(PyInt.of(r.at(j)), a[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        Methods.def(t, "__getitem__", 1, 1, a -> {
            PyRange r = (PyRange) a[0];
            if (r.big != null) {
                if (a[1] instanceof PySlice) {
                    throw Exc.overflow("pyj: slicing a range beyond 64 bits is not implemented yet");
                }
                java.math.BigInteger i = Abstract.index(a[1]).bigValue();
                if (i.signum() < 0) {
                    i = i.add(r.big[3]);
                }
                if (i.signum() < 0 || i.compareTo(r.big[3]) >= 0) {
                    throw Exc.indexError("range object index out of range");
                }
                return PyInt.of(r.bigAt(i));
            }
            if (a[1] instanceof PySlice sl) {
                long[] ix = sl.indices(r.length);
                return new PyRange(r.at(ix[0]), r.at(ix[0] + ix[3] * ix[2]), r.step * ix[2]);
            }
            return PyInt.of(r.at(normIndex(a[1], r.length, "range object")));
        });
        Methods.def(t, "count", 1, 1, a -> {
            PyRange r = (PyRange) a[0];
            if (a[1].type() == PyInt.TYPE || a[1].type() == PyBool.TYPE) {
                return Abstract.contains(r, a[1]) ? PyInt.of(1) : PyInt.ZERO;
            }
            if (r.big != null) {
                throw Exc.overflow("pyj: range.count of a non-int over a range beyond 64 bits is not implemented yet");
            }
            long n = 0;
            for (long j = 0; j < r.length; j++) {
                if (Abstract.eq(PyInt.of(r.at(j)), a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        Methods.def(t, "index", 1, 1, a -> {
            PyRange r = (PyRange) a[0];
            if (a[1].type() == PyInt.TYPE || a[1].type() == PyBool.TYPE) {
                if (!Abstract.contains(r, a[1])) {
                    throw Exc.valueError(Abstract.repr(a[1]).value() + " is not in range");
                }
                java.math.BigInteger[] lss = rangeLenStartStep(r);
                return PyInt.of(((PyInt) a[1]).bigValue().subtract(lss[1]).divide(lss[2]));
            }
            if (r.big != null) {
                throw Exc.overflow("pyj: range.index of a non-int over a range beyond 64 bits is not implemented yet");
            }
            for (long j = 0; j < r.length; j++) {
                if (Abstract.eq(PyInt.of(r.at(j)), a[1])) {
                    return PyInt.of(j);
                }
            }
            throw Exc.valueError("sequence.index(x): x not in sequence");
        });
        // range_richcompare / range_hash: ranges are equal when they give the same sequence.
        for (int op = 0; op < 6; op++) {
            final int o = op;
            Methods.def(t, Abstract.CMP_DUNDER[op], 1, 1, a -> {
                if (!(a[1] instanceof PyRange y) || (o != Abstract.EQ && o != Abstract.NE)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                java.math.BigInteger[] x = rangeLenStartStep((PyRange) a[0]);
                java.math.BigInteger[] z = rangeLenStartStep(y);
                boolean eq = x[0].equals(z[0]) && (x[0].signum() == 0
                        || (x[1].equals(z[1]) && (x[0].equals(java.math.BigInteger.ONE) || x[2].equals(z[2]))));
                return PyBool.of(o == Abstract.EQ ? eq : !eq);
            });
        }
        Methods.def(t, "__hash__", 0, 0, a -> {
            java.math.BigInteger[] r = rangeLenStartStep((PyRange) a[0]);
            PyObject st = r[0].signum() == 0 ? NONE : PyInt.of(r[1]);
            PyObject sp = r[0].compareTo(java.math.BigInteger.ONE) <= 0 ? NONE : PyInt.of(r[2]);
            return PyInt.of(Abstract.hash(new PyTuple(PyInt.of(r[0]), st, sp)));
        });
        Methods.getter(t, "start", o -> ((PyRange) o).big != null ? PyInt.of(((PyRange) o).big[0]) : PyInt.of(((PyRange) o).start));
        Methods.getter(t, "stop", o -> ((PyRange) o).big != null ? PyInt.of(((PyRange) o).big[1]) : PyInt.of(((PyRange) o).stop));
        Methods.getter(t, "step", o -> ((PyRange) o).big != null ? PyInt.of(((PyRange) o).big[2]) : PyInt.of(((PyRange) o).step));
        PyType s = PySlice.TYPE;
        Methods.staticNew(s, (cls, a, k) -> {
            Args.checkPositional("slice", a, k, 1, 3);
            return a.length == 1 ? new PySlice(NONE, a[0], NONE) : new PySlice(a[0], a[1], a.length == 3 ? a[2] : NONE);
        });
        Methods.def(s, "__repr__", 0, 0, a -> {
            PySlice x = (PySlice) a[0];
            return PyStr.of("slice(" + Abstract.repr(x.start).value() + ", " + Abstract.repr(x.stop).value() + ", "
                    + Abstract.repr(x.step).value() + ")");
        });
        // slice_richcompare: as the tuples (start, stop, step); slices are unhashable in 3.11.
        s.define("__hash__", NONE);
        for (int op = 0; op < 6; op++) {
            final int o = op;
            Methods.def(s, Abstract.CMP_DUNDER[op], 1, 1, a -> {
                if (!(a[1] instanceof PySlice y)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                PySlice x = (PySlice) a[0];
                return Abstract.richCompare(new PyTuple(x.start, x.stop, x.step), new PyTuple(y.start, y.stop, y.step), o);
            });
        }
        Methods.getter(s, "start", o -> ((PySlice) o).start);
        Methods.getter(s, "stop", o -> ((PySlice) o).stop);
        Methods.getter(s, "step", o -> ((PySlice) o).step);
        Methods.def(s, "indices", 1, 1, a -> {
            long[] ix = ((PySlice) a[0]).indices(Abstract.index(a[1]).ssize());
            return new PyTuple(PyInt.of(ix[0]), PyInt.of(ix[1]), PyInt.of(ix[2]));
        });
    }
}
