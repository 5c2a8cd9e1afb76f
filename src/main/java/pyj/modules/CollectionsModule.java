package pyj.modules;

import java.util.Arrays;
import java.util.IdentityHashMap;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBool;
import pyj.objects.PyBuiltinFunction;
import pyj.objects.PyClassMethod;
import pyj.objects.PyDict;
import pyj.objects.PyException;
import pyj.objects.PyGenericAlias;
import pyj.objects.PyInt;
import pyj.objects.PyIterator;
import pyj.objects.PyList;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * _collections (Modules/_collectionsmodule.c): deque, its iterators, _count_elements.
 * defaultdict is absent: pyj cannot subclass dict from Java yet, so collections/__init__.py's
 * "from _collections import defaultdict" raises ImportError. OrderedDict comes from
 * collections/__init__.py's pure-Python version. deque cannot be subclassed from Python yet.
 */
final class CollectionsModule {
    private CollectionsModule() {}

    static final PyType DEQUE = PyType.builtin("collections.deque", null);
    static final PyType DEQUE_ITER = PyIterator.newType("_collections._deque_iterator");
    static final PyType DEQUE_REVITER = PyIterator.newType("_collections._deque_reverse_iterator");
    private static final PySingleton NONE = PySingleton.NONE;
    private static final IdentityHashMap<PyObject, Boolean> REPR_ACTIVE = new IdentityHashMap<>();

    /** A ring buffer; state changes on every mutation iterators must notice (CPython's deque->state). */
    static final class Deque extends PyObject {
        PyObject[] buf = new PyObject[8];
        int head;
        int size;
        long maxlen = -1;
        long state;

        @Override
        public PyType type() {
            return DEQUE;
        }

        PyObject get(int i) {
            return buf[(head + i) & (buf.length - 1)];
        }

        void set(int i, PyObject v) {
            buf[(head + i) & (buf.length - 1)] = v;
        }

        private void grow() {
            if (size < buf.length) {
                return;
            }
            PyObject[] nb = new PyObject[buf.length * 2];
            for (int i = 0; i < size; i++) {
                nb[i] = get(i);
            }
            buf = nb;
            head = 0;
        }

        void append(PyObject v) {
            if (maxlen == 0) {
                return;
            }
            state++;
            grow();
            set(size++, v);
            if (maxlen >= 0 && size > maxlen) {
                popLeft();
            }
        }

        void appendLeft(PyObject v) {
            if (maxlen == 0) {
                return;
            }
            state++;
            grow();
            head = (head - 1) & (buf.length - 1);
            buf[head] = v;
            size++;
            if (maxlen >= 0 && size > maxlen) {
                pop();
            }
        }

        PyObject pop() {
            if (size == 0) {
                throw Exc.indexError("pop from an empty deque");
            }
            state++;
            size--;
            PyObject v = get(size);
            set(size, null);
            return v;
        }

        PyObject popLeft() {
            if (size == 0) {
                throw Exc.indexError("pop from an empty deque");
            }
            state++;
            PyObject v = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            return v;
        }

        void clear() {
            state++;
            buf = new PyObject[8];
            head = 0;
            size = 0;
        }

        PyObject[] toArray() {
            PyObject[] a = new PyObject[size];
            for (int i = 0; i < size; i++) {
                a[i] = get(i);
            }
            return a;
        }

        void extend(PyObject iterable, boolean left) {
            // Extending with itself reads a snapshot first, as CPython.
            PyObject src = iterable == this ? new PyList(toArray()) : iterable;
            PyObject it = Abstract.iter(src);
            for (PyObject v; (v = Abstract.next(it)) != null; ) {
                if (left) {
                    appendLeft(v);
                } else {
                    append(v);
                }
            }
        }

        void rotate(long n) {
            if (size <= 1) {
                return;
            }
            // As _deque_rotate, any rotation of two or more items counts as a mutation.
            state++;
            long k = Math.floorMod(n, (long) size);
            if (k == 0) {
                return;
            }
            PyObject[] a = toArray();
            for (int i = 0; i < size; i++) {
                set((int) ((i + k) % size), a[i]);
            }
        }

        void delItem(int i) {
            PyObject[] a = toArray();
            clear();
            for (int j = 0; j < a.length; j++) {
                if (j != i) {
                    grow();
                    set(size++, a[j]);
                }
            }
        }

        Deque copy() {
            Deque d = new Deque();
            d.maxlen = maxlen;
            for (int i = 0; i < size; i++) {
                d.append(get(i));
            }
            return d;
        }

        int index(PyObject key) {
            PyInt k = Abstract.index(key);
            long i = k.isLong() ? k.longValue() : Long.MAX_VALUE;
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Exc.indexError("deque index out of range");
            }
            return (int) i;
        }
    }

    static Deque self(PyObject o) {
        return (Deque) o;
    }

    static int checkedIndex(Deque d, PyObject key) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Exc.typeError("sequence index must be integer, not '" + Abstract.typeName(key) + "'");
        }
        return d.index(key);
    }

    static final class DequeIter extends PyIterator {
        final Deque d;
        final long state;
        final boolean reverse;
        int index;
        int counter;

        DequeIter(Deque d, boolean reverse) {
            super(reverse ? DEQUE_REVITER : DEQUE_ITER);
            this.d = d;
            this.state = d.state;
            this.reverse = reverse;
            this.counter = d.size;
            this.index = reverse ? d.size - 1 : 0;
        }

        @Override
        public PyObject next() {
            if (d.state != state) {
                counter = 0;
                throw Exc.runtimeError("deque mutated during iteration");
            }
            if (counter == 0) {
                return null;
            }
            counter--;
            PyObject v = d.get(index);
            index += reverse ? -1 : 1;
            return v;
        }
    }

    /** PySequence_Tuple-free comparisons of two deques (deque_richcompare). */
    static PyObject compare(PyObject a, PyObject b, int op) {
        if (!(b instanceof Deque w)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        Deque v = (Deque) a;
        if (v.size != w.size && (op == Abstract.EQ || op == Abstract.NE)) {
            return PyBool.of(op == Abstract.NE);
        }
        PyObject[] x = v.toArray();
        PyObject[] y = w.toArray();
        int n = Math.min(x.length, y.length);
        int i = 0;
        for (; i < n; i++) {
            if (!Abstract.eqForLookup(x[i], y[i])) {
                break;
            }
        }
        if (i >= n) {
            int c = Integer.compare(x.length, y.length);
            boolean r = switch (op) {
                case Abstract.LT -> c < 0;
                case Abstract.LE -> c <= 0;
                case Abstract.EQ -> c == 0;
                case Abstract.NE -> c != 0;
                case Abstract.GT -> c > 0;
                default -> c >= 0;
            };
            return PyBool.of(r);
        }
        if (op == Abstract.EQ) {
            return PyBool.FALSE;
        }
        if (op == Abstract.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(x[i], y[i], op);
    }

    static String repr(Deque d) {
        synchronized (REPR_ACTIVE) {
            if (REPR_ACTIVE.containsKey(d)) {
                return "[...]";
            }
            REPR_ACTIVE.put(d, Boolean.TRUE);
        }
        String list;
        try {
            list = Abstract.repr(new PyList(d.toArray())).value();
        } finally {
            synchronized (REPR_ACTIVE) {
                REPR_ACTIVE.remove(d);
            }
        }
        String name = "deque";
        return d.maxlen >= 0 ? name + "(" + list + ", maxlen=" + d.maxlen + ")" : name + "(" + list + ")";
    }

    /** The position of v in d[start:stop] (compared with ==), or -1; "mutated" checks as CPython. */
    static int find(Deque d, PyObject v, int start, int stop, boolean indexError) {
        long state = d.state;
        for (int i = start; i < stop && i < d.size; i++) {
            boolean eq = Abstract.eqForLookup(d.get(i), v);
            if (d.state != state) {
                throw indexError ? Exc.indexError("deque mutated during iteration")
                        : Exc.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                return i;
            }
        }
        return -1;
    }

    static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Exc.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        return i.isLong() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    static void init(Deque d, PyObject[] a, String[] kw) {
        for (String k : kw == null ? new String[0] : kw) {
            if (!k.equals("iterable") && !k.equals("maxlen")) {
                throw Exc.typeError("'" + k + "' is an invalid keyword argument for deque()");
            }
        }
        Args p = new Args("deque", a, kw, new String[] {"iterable", "maxlen"}, 0, 2);
        PyObject ml = p.get(1, NONE);
        long maxlen = -1;
        if (ml != NONE) {
            if (!(ml instanceof PyInt mi)) {
                throw Exc.typeError("an integer is required");
            }
            maxlen = ModuleDefs.ssize(mi);
            if (maxlen < 0) {
                throw Exc.valueError("maxlen must be non-negative");
            }
        }
        d.maxlen = maxlen;
        if (d.size > 0) {
            d.clear();
        }
        PyObject iterable = p.get(0, null);
        if (iterable != null) {
            d.extend(iterable, false);
        }
    }

    static PyObject repeat(Deque d, PyObject count, boolean inPlace) {
        if (!(count instanceof PyInt) && count.type().lookup("__index__") == null) {
            throw Exc.typeError("can't multiply sequence by non-int of type '" + Abstract.typeName(count) + "'");
        }
        PyInt ci = Abstract.index(count);
        long n = ci.isLong() ? ci.longValue() : ci.signum() < 0 ? 0 : Long.MAX_VALUE;
        Deque r = inPlace ? d : d.copy();
        if (n <= 0) {
            r.clear();
            return r;
        }
        if (n == 1) {
            return r;
        }
        PyObject[] items = d.toArray();
        if (items.length == 0) {
            return r;
        }
        long total = n > Long.MAX_VALUE / items.length ? Long.MAX_VALUE : (long) items.length * n;
        if (r.maxlen < 0 && total > Integer.MAX_VALUE - 8) {
            throw new PyException(new pyj.objects.PyBaseException(Exc.MemoryError));
        }
        // Appending past maxlen drops from the left: only the last maxlen items of the repetition stay.
        long first = r.maxlen >= 0 ? Math.max(items.length, total - r.maxlen) : items.length;
        for (long k = first; k < total; k++) {
            r.append(items[(int) (k % items.length)]);
        }
        return r;
    }

    static {
        Methods.staticNew(DEQUE, (cls, a, kw) -> new Deque());
        Methods.defKw(DEQUE, "__init__", (a, kw) -> {
            init(self(a[0]), Arrays.copyOfRange(a, 1, a.length), kw);
            return NONE;
        });
        Methods.def(DEQUE, "append", 1, 1, a -> {
            self(a[0]).append(a[1]);
            return NONE;
        });
        Methods.def(DEQUE, "appendleft", 1, 1, a -> {
            self(a[0]).appendLeft(a[1]);
            return NONE;
        });
        Methods.def(DEQUE, "pop", 0, 0, a -> self(a[0]).pop());
        Methods.def(DEQUE, "popleft", 0, 0, a -> self(a[0]).popLeft());
        Methods.def(DEQUE, "extend", 1, 1, a -> {
            self(a[0]).extend(a[1], false);
            return NONE;
        });
        Methods.def(DEQUE, "extendleft", 1, 1, a -> {
            self(a[0]).extend(a[1], true);
            return NONE;
        });
        Methods.def(DEQUE, "clear", 0, 0, a -> {
            self(a[0]).clear();
            return NONE;
        });
        Methods.def(DEQUE, "copy", 0, 0, a -> self(a[0]).copy());
        Methods.def(DEQUE, "__copy__", 0, 0, a -> self(a[0]).copy());
        Methods.def(DEQUE, "rotate", 0, 1, a -> {
            long n = a.length > 1 ? ModuleDefs.ssize(a[1]) : 1;
            self(a[0]).rotate(n);
            return NONE;
        });
        Methods.def(DEQUE, "reverse", 0, 0, a -> {
            Deque d = self(a[0]);
            PyObject[] x = d.toArray();
            for (int i = 0; i < x.length; i++) {
                d.set(i, x[x.length - 1 - i]);
            }
            return NONE;
        });
        Methods.def(DEQUE, "count", 1, 1, a -> {
            Deque d = self(a[0]);
            long state = d.state;
            int n = 0;
            for (int i = 0; i < d.size; i++) {
                boolean eq = Abstract.eqForLookup(d.get(i), a[1]);
                if (d.state != state) {
                    throw Exc.runtimeError("deque mutated during iteration");
                }
                if (eq) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        Methods.def(DEQUE, "index", 1, 3, a -> {
            Deque d = self(a[0]);
            long n = d.size;
            long start = a.length > 2 ? sliceIndex(a[2]) : 0;
            long stop = a.length > 3 ? sliceIndex(a[3]) : n;
            if (start < 0) {
                start = Math.max(0, start + n);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + n);
            }
            stop = Math.min(stop, n);
            start = Math.min(start, stop);
            int i = find(d, a[1], (int) start, (int) stop, false);
            if (i < 0) {
                throw Exc.valueError(Abstract.repr(a[1]).value() + " is not in deque");
            }
            return PyInt.of(i);
        });
        Methods.def(DEQUE, "insert", 2, 2, a -> {
            Deque d = self(a[0]);
            long i = ModuleDefs.ssize(a[1]);
            if (d.maxlen >= 0 && d.size >= d.maxlen) {
                throw Exc.indexError("deque already at its maximum size");
            }
            long n = d.size;
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            PyObject[] x = d.toArray();
            d.clear();
            for (int j = 0; j <= x.length; j++) {
                if (j == i) {
                    d.append(a[2]);
                }
                if (j < x.length) {
                    d.append(x[j]);
                }
            }
            return NONE;
        });
        Methods.def(DEQUE, "remove", 1, 1, a -> {
            Deque d = self(a[0]);
            int i = find(d, a[1], 0, d.size, true);
            if (i < 0) {
                throw Exc.valueError(Abstract.repr(a[1]).value() + " is not in deque");
            }
            d.delItem(i);
            return NONE;
        });
        Methods.def(DEQUE, "__len__", 0, 0, a -> PyInt.of(self(a[0]).size));
        Methods.def(DEQUE, "__bool__", 0, 0, a -> PyBool.of(self(a[0]).size > 0));
        Methods.def(DEQUE, "__iter__", 0, 0, a -> new DequeIter(self(a[0]), false));
        Methods.def(DEQUE, "__reversed__", 0, 0, a -> new DequeIter(self(a[0]), true));
        Methods.def(DEQUE, "__contains__", 1, 1, a -> {
            Deque d = self(a[0]);
            return PyBool.of(find(d, a[1], 0, d.size, false) >= 0);
        });
        Methods.def(DEQUE, "__getitem__", 1, 1, a -> {
            Deque d = self(a[0]);
            return d.get(checkedIndex(d, a[1]));
        });
        Methods.def(DEQUE, "__setitem__", 2, 2, a -> {
            Deque d = self(a[0]);
            d.set(checkedIndex(d, a[1]), a[2]);
            return NONE;
        });
        Methods.def(DEQUE, "__delitem__", 1, 1, a -> {
            Deque d = self(a[0]);
            d.delItem(checkedIndex(d, a[1]));
            return NONE;
        });
        Methods.def(DEQUE, "__add__", 1, 1, a -> {
            if (!(a[1] instanceof Deque o)) {
                throw Exc.typeError("can only concatenate deque (not \"" + Abstract.typeName(a[1]) + "\") to deque");
            }
            Deque r = self(a[0]).copy();
            r.extend(o, false);
            return r;
        });
        Methods.def(DEQUE, "__iadd__", 1, 1, a -> {
            self(a[0]).extend(a[1], false);
            return a[0];
        });
        Methods.def(DEQUE, "__mul__", 1, 1, a -> repeat(self(a[0]), a[1], false));
        Methods.def(DEQUE, "__rmul__", 1, 1, a -> repeat(self(a[0]), a[1], false));
        Methods.def(DEQUE, "__imul__", 1, 1, a -> repeat(self(a[0]), a[1], true));
        String[] ops = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            int o = op;
            Methods.def(DEQUE, ops[op], 1, 1, a -> compare(a[0], a[1], o));
        }
        DEQUE.define("__hash__", NONE);
        Methods.def(DEQUE, "__repr__", 0, 0, a -> PyStr.of(repr(self(a[0]))));
        Methods.getter(DEQUE, "maxlen", x -> self(x).maxlen < 0 ? NONE : PyInt.of(self(x).maxlen));
        Methods.def(DEQUE, "__reduce__", 0, 0, a -> {
            Deque d = self(a[0]);
            PyObject args = d.maxlen < 0 ? PyTuple.EMPTY : new PyTuple(PyTuple.EMPTY, PyInt.of(d.maxlen));
            return new PyTuple(d.type(), args, NONE, new DequeIter(d, false));
        });
        DEQUE.define("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> {
            Args.checkPositional("__class_getitem__", Arrays.copyOfRange(a, 1, a.length), kw, 1, 1);
            return new PyGenericAlias(a[0], a[1]);
        })));
        for (PyType t : new PyType[] {DEQUE_ITER, DEQUE_REVITER}) {
            Methods.def(t, "__length_hint__", 0, 0, a -> PyInt.of(((DequeIter) a[0]).counter));
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.dict.putStr("deque", DEQUE);
        m.dict.putStr("_deque_iterator", DEQUE_ITER);
        m.dict.putStr("_deque_reverse_iterator", DEQUE_REVITER);
        ModuleDefs.def(m, "_count_elements", (a, kw) -> {
            ItertoolsModule.positional("_count_elements", a, kw, 2, 2);
            PyObject mapping = a[0];
            PyObject it = Abstract.iter(a[1]);
            PyObject one = PyInt.ONE;
            if (mapping instanceof PyDict d) {
                for (PyObject v; (v = Abstract.next(it)) != null; ) {
                    PyObject old = d.get(v);
                    d.put(v, old == null ? one : Abstract.binaryOp(old, one, 0));
                }
                return NONE;
            }
            // Any other mapping goes through its get and __setitem__.
            PyObject get = Abstract.getAttr(mapping, "get");
            for (PyObject v; (v = Abstract.next(it)) != null; ) {
                PyObject old = Abstract.call(get, v, PyInt.ZERO);
                Abstract.setItem(mapping, v, Abstract.binaryOp(old, one, 0));
            }
            return NONE;
        });
        return m;
    }
}
