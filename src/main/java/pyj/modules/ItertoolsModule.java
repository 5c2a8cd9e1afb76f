package pyj.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBuiltinFunction;
import pyj.objects.PyClassMethod;
import pyj.objects.PyException;
import pyj.objects.PyInt;
import pyj.objects.PyIterator;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * itertools (Modules/itertoolsmodule.c). Every iterator is lazy; product, permutations and the
 * combinations read their inputs into tuples first, as CPython does. Not implemented: pickling
 * support (__reduce__/__setstate__) and subclassing these types from Python.
 */
final class ItertoolsModule {
    private ItertoolsModule() {}

    private static final PySingleton NONE = PySingleton.NONE;
    private static final int NB_ADD = 0;

    static final PyType COUNT = type("count");
    static final PyType CYCLE = type("cycle");
    static final PyType REPEAT = type("repeat");
    static final PyType ACCUMULATE = type("accumulate");
    static final PyType CHAIN = type("chain");
    static final PyType COMPRESS = type("compress");
    static final PyType DROPWHILE = type("dropwhile");
    static final PyType TAKEWHILE = type("takewhile");
    static final PyType FILTERFALSE = type("filterfalse");
    static final PyType GROUPBY = type("groupby");
    static final PyType GROUPER = type("_grouper");
    static final PyType ISLICE = type("islice");
    static final PyType STARMAP = type("starmap");
    static final PyType TEE = type("_tee");
    static final PyType ZIP_LONGEST = type("zip_longest");
    static final PyType PRODUCT = type("product");
    static final PyType PERMUTATIONS = type("permutations");
    static final PyType COMBINATIONS = type("combinations");
    static final PyType CWR = type("combinations_with_replacement");
    static final PyType PAIRWISE = type("pairwise");

    private static PyType type(String name) {
        return PyIterator.newType("itertools." + name);
    }

    /** _PyArg_CheckPositional's messages ("cycle expected 1 argument, got 0"). */
    static void positional(String fname, PyObject[] a, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw Exc.typeError(fname + "() takes no keyword arguments");
        }
        int n = a.length;
        if (n < min) {
            throw Exc.typeError(fname + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Exc.typeError(fname + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** A clinic Py_ssize_t argument: __index__, TypeError otherwise, OverflowError past a long. */
    static long ssize(PyObject o) {
        return ModuleDefs.ssize(o);
    }

    static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
                || t.lookup("__complex__") != null;
    }

    // ---- the iterators ----

    static final class Count extends PyIterator {
        PyObject cnt;
        final PyObject step;

        Count(PyObject cnt, PyObject step) {
            super(COUNT);
            this.cnt = cnt;
            this.step = step;
        }

        @Override
        public PyObject next() {
            PyObject r = cnt;
            cnt = Abstract.binaryOp(cnt, step, NB_ADD);
            return r;
        }

        String repr() {
            boolean unitStep = step instanceof PyInt i && !(step instanceof pyj.objects.PyBool) && i.isLong()
                    && i.longValue() == 1;
            return "count(" + Abstract.repr(cnt).value() + (unitStep ? "" : ", " + Abstract.repr(step).value()) + ")";
        }
    }

    static final class Cycle extends PyIterator {
        PyObject it;
        final List<PyObject> saved = new ArrayList<>();
        int index;
        boolean firstPass = true;

        Cycle(PyObject it) {
            super(CYCLE);
            this.it = it;
        }

        @Override
        public PyObject next() {
            if (it != null) {
                PyObject v = Abstract.next(it);
                if (v != null) {
                    if (firstPass) {
                        saved.add(v);
                    }
                    return v;
                }
                it = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            firstPass = false;
            PyObject v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }
    }

    static final class Repeat extends PyIterator {
        final PyObject element;
        long cnt; // -1: forever

        Repeat(PyObject element, long cnt) {
            super(REPEAT);
            this.element = element;
            this.cnt = cnt;
        }

        @Override
        public PyObject next() {
            if (cnt == 0) {
                return null;
            }
            if (cnt > 0) {
                cnt--;
            }
            return element;
        }
    }

    static final class Accumulate extends PyIterator {
        final PyObject it;
        final PyObject func;
        PyObject initial;
        PyObject total;

        Accumulate(PyObject it, PyObject func, PyObject initial) {
            super(ACCUMULATE);
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @Override
        public PyObject next() {
            if (initial != NONE) {
                total = initial;
                initial = NONE;
                return total;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else if (func == NONE) {
                total = Abstract.binaryOp(total, v, NB_ADD);
            } else {
                total = Abstract.call(func, total, v);
            }
            return total;
        }
    }

    static final class Chain extends PyIterator {
        PyObject source;
        PyObject active;

        Chain(PyObject source) {
            super(CHAIN);
            this.source = source;
        }

        @Override
        public PyObject next() {
            while (source != null) {
                if (active == null) {
                    PyObject iterable = Abstract.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    try {
                        active = Abstract.iter(iterable);
                    } catch (PyException e) {
                        source = null;
                        throw e;
                    }
                }
                PyObject v = Abstract.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }
    }

    static final class Compress extends PyIterator {
        final PyObject data;
        final PyObject selectors;

        Compress(PyObject data, PyObject selectors) {
            super(COMPRESS);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject d = Abstract.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Abstract.next(selectors);
                if (s == null) {
                    return null;
                }
                if (Abstract.isTrue(s)) {
                    return d;
                }
            }
        }
    }

    /** dropwhile (kind 0), takewhile (1), filterfalse (2). */
    static final class Predicate extends PyIterator {
        final int kind;
        final PyObject func;
        final PyObject it;
        boolean done; // dropwhile: dropping ended; takewhile: taking ended

        Predicate(PyType t, int kind, PyObject func, PyObject it) {
            super(t);
            this.kind = kind;
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next() {
            if (kind == 1 && done) {
                return null;
            }
            while (true) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                if (kind == 0 && done) {
                    return v;
                }
                boolean ok = kind == 2 && (func == NONE || func == pyj.objects.PyBool.TYPE) ? Abstract.isTrue(v)
                        : Abstract.isTrue(Abstract.call(func, v));
                switch (kind) {
                    case 0 -> {
                        if (!ok) {
                            done = true;
                            return v;
                        }
                    }
                    case 1 -> {
                        if (ok) {
                            return v;
                        }
                        done = true;
                        return null;
                    }
                    default -> {
                        if (!ok) {
                            return v;
                        }
                    }
                }
            }
        }
    }

    /** groupby: the state _grouper objects share (itertoolsmodule.c's groupbyobject). */
    static final class GroupBy extends PyIterator {
        final PyObject it;
        final PyObject keyfunc;
        PyObject tgtkey;
        PyObject currkey;
        PyObject currvalue;
        Grouper currgrouper;

        GroupBy(PyObject it, PyObject keyfunc) {
            super(GROUPBY);
            this.it = it;
            this.keyfunc = keyfunc;
        }

        /** Reads the next value and its key; false when the input is exhausted. */
        boolean step() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return false;
            }
            PyObject k = keyfunc == NONE ? v : Abstract.call(keyfunc, v);
            currvalue = v;
            currkey = k;
            return true;
        }

        @Override
        public PyObject next() {
            currgrouper = null;
            // Skip what is left of the current group.
            while (true) {
                if (currkey != null) {
                    if (tgtkey == null || !Abstract.eq(tgtkey, currkey)) {
                        break;
                    }
                }
                if (!step()) {
                    return null;
                }
            }
            tgtkey = currkey;
            Grouper g = new Grouper(this, tgtkey);
            currgrouper = g;
            return new PyTuple(currkey, g);
        }
    }

    static final class Grouper extends PyIterator {
        final GroupBy parent;
        final PyObject tgtkey;

        Grouper(GroupBy parent, PyObject tgtkey) {
            super(GROUPER);
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override
        public PyObject next() {
            GroupBy g = parent;
            // Once the groupby has moved on, this group is over.
            if (g.currgrouper != this) {
                return null;
            }
            if (g.currvalue == null && !g.step()) {
                return null;
            }
            if (!Abstract.eq(tgtkey, g.currkey)) {
                return null;
            }
            PyObject r = g.currvalue;
            g.currvalue = null;
            g.currkey = null;
            return r;
        }
    }

    static final class ISlice extends PyIterator {
        PyObject it;
        long next;
        final long stop; // -1: none
        final long step;
        long cnt;

        ISlice(PyObject it, long start, long stop, long step) {
            super(ISLICE);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyObject next() {
            if (it == null) {
                return null;
            }
            while (cnt < next) {
                if (Abstract.next(it) == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return v;
        }
    }

    static final class StarMap extends PyIterator {
        final PyObject func;
        final PyObject it;

        StarMap(PyObject func, PyObject it) {
            super(STARMAP);
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next() {
            PyObject args = Abstract.next(it);
            if (args == null) {
                return null;
            }
            return Abstract.call(func, Abstract.toArray(args), null);
        }
    }

    /** The buffer tee iterators share: a singly linked list the slowest copy holds the head of. */
    static final class TeeNode {
        PyObject value;
        TeeNode next;
    }

    static final class TeeSource {
        final PyObject it;
        boolean running;

        TeeSource(PyObject it) {
            this.it = it;
        }
    }

    static final class Tee extends PyIterator {
        final TeeSource src;
        TeeNode pos; // the node before the next value

        Tee(TeeSource src, TeeNode pos) {
            super(TEE);
            this.src = src;
            this.pos = pos;
        }

        @Override
        public PyObject next() {
            if (pos.next == null) {
                if (src.running) {
                    throw Exc.runtimeError("cannot re-enter the tee iterator");
                }
                src.running = true;
                PyObject v;
                try {
                    v = Abstract.next(src.it);
                } finally {
                    src.running = false;
                }
                if (v == null) {
                    return null;
                }
                // Another copy may have appended while the source ran (it cannot: running guards).
                TeeNode n = new TeeNode();
                n.value = v;
                pos.next = n;
            }
            pos = pos.next;
            return pos.value;
        }

        Tee copy() {
            return new Tee(src, pos);
        }
    }

    static final class ZipLongest extends PyIterator {
        final PyObject[] its;
        final PyObject fill;
        int active;
        boolean done;

        ZipLongest(PyObject[] its, PyObject fill) {
            super(ZIP_LONGEST);
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        public PyObject next() {
            if (its.length == 0 || done) {
                return null;
            }
            PyObject[] r = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                if (its[i] == null) {
                    r[i] = fill;
                    continue;
                }
                PyObject v;
                try {
                    v = Abstract.next(its[i]);
                } catch (PyException e) {
                    done = true;
                    throw e;
                }
                if (v == null) {
                    active--;
                    if (active == 0) {
                        done = true;
                        return null;
                    }
                    its[i] = null;
                    v = fill;
                }
                r[i] = v;
            }
            return new PyTuple(r);
        }
    }

    static final class Product extends PyIterator {
        final PyObject[][] pools;
        int[] indices;
        boolean stopped;

        Product(PyObject[][] pools) {
            super(PRODUCT);
            this.pools = pools;
            for (PyObject[] p : pools) {
                if (p.length == 0) {
                    stopped = true;
                }
            }
        }

        @Override
        public PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pools.length;
            if (indices == null) {
                indices = new int[n];
            } else {
                // Advance the rightmost index that can move; reset those to its right.
                int i = n - 1;
                for (; i >= 0; i--) {
                    if (++indices[i] < pools[i].length) {
                        break;
                    }
                    indices[i] = 0;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
            }
            PyObject[] r = new PyObject[n];
            for (int i = 0; i < n; i++) {
                r[i] = pools[i][indices[i]];
            }
            return new PyTuple(r);
        }
    }

    /** permutations (kind 0), combinations (1), combinations_with_replacement (2). */
    static final class Combinatoric extends PyIterator {
        final int kind;
        final PyObject[] pool;
        final int r;
        int[] indices;
        int[] cycles;
        boolean started;
        boolean stopped;

        Combinatoric(PyType t, int kind, PyObject[] pool, int r) {
            super(t);
            this.kind = kind;
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            stopped = kind == 2 ? n == 0 && r > 0 : r > n;
            indices = new int[kind == 0 ? n : r];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = kind == 2 ? 0 : i;
            }
            if (kind == 0) {
                cycles = new int[r];
                for (int i = 0; i < r; i++) {
                    cycles[i] = n - i;
                }
            }
        }

        @Override
        public PyObject next() {
            if (stopped) {
                return null;
            }
            if (started && !advance()) {
                stopped = true;
                return null;
            }
            started = true;
            PyObject[] out = new PyObject[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }

        /** The next index state (the algorithms of the itertools documentation); false at the end. */
        private boolean advance() {
            int n = pool.length;
            switch (kind) {
                case 0 -> {
                    if (n == 0) {
                        return false;
                    }
                    for (int i = r - 1; i >= 0; i--) {
                        cycles[i]--;
                        if (cycles[i] == 0) {
                            int first = indices[i];
                            System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                            indices[n - 1] = first;
                            cycles[i] = n - i;
                        } else {
                            int j = n - cycles[i];
                            int tmp = indices[i];
                            indices[i] = indices[j];
                            indices[j] = tmp;
                            return true;
                        }
                    }
                    return false;
                }
                case 1 -> {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == i + n - r) {
                        i--;
                    }
                    if (i < 0) {
                        return false;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                    return true;
                }
                default -> {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == n - 1) {
                        i--;
                    }
                    if (i < 0) {
                        return false;
                    }
                    int v = indices[i] + 1;
                    for (int j = i; j < r; j++) {
                        indices[j] = v;
                    }
                    return true;
                }
            }
        }
    }

    static final class Pairwise extends PyIterator {
        PyObject it;
        PyObject old;

        Pairwise(PyObject it) {
            super(PAIRWISE);
            this.it = it;
        }

        @Override
        public PyObject next() {
            if (it == null) {
                return null;
            }
            if (old == null) {
                old = Abstract.next(it);
                if (old == null) {
                    it = null;
                    return null;
                }
            }
            PyObject nw = Abstract.next(it);
            if (nw == null) {
                it = null;
                old = null;
                return null;
            }
            PyTuple r = new PyTuple(old, nw);
            old = nw;
            return r;
        }
    }

    // ---- constructors ----

    private static PyObject[] pool(PyObject iterable) {
        return Abstract.toArray(iterable);
    }

    static {
        Methods.staticNew(COUNT, (cls, a, kw) -> {
            Args p = new Args("count", a, kw, new String[] {"start", "step"}, 0, 2);
            PyObject start = p.get(0, null);
            PyObject step = p.get(1, null);
            if ((start != null && !isNumber(start)) || (step != null && !isNumber(step))) {
                throw Exc.typeError("a number is required");
            }
            return new Count(start == null ? PyInt.ZERO : start, step == null ? PyInt.ONE : step);
        });
        Methods.def(COUNT, "__repr__", 0, 0, a -> PyStr.of(((Count) a[0]).repr()));

        Methods.staticNew(CYCLE, (cls, a, kw) -> {
            positional("cycle", a, kw, 1, 1);
            return new Cycle(Abstract.iter(a[0]));
        });

        Methods.staticNew(REPEAT, (cls, a, kw) -> {
            Args p = new Args("repeat", a, kw, new String[] {"object", "times"}, 1, 2);
            PyObject times = p.get(1, null);
            long n = times == null ? -1 : Math.max(0, ssize(times));
            return new Repeat(p.get(0, null), n);
        });
        Methods.def(REPEAT, "__repr__", 0, 0, a -> {
            Repeat r = (Repeat) a[0];
            return PyStr.of("repeat(" + Abstract.repr(r.element).value() + (r.cnt < 0 ? "" : ", " + r.cnt) + ")");
        });
        Methods.def(REPEAT, "__length_hint__", 0, 0, a -> {
            Repeat r = (Repeat) a[0];
            if (r.cnt < 0) {
                throw Exc.typeError("len() of unsized object");
            }
            return PyInt.of(r.cnt);
        });

        Methods.staticNew(ACCUMULATE, (cls, a, kw) -> {
            int nk = kw == null ? 0 : kw.length;
            // initial is keyword-only: split it off before matching the rest.
            PyObject initial = NONE;
            List<PyObject> vals = new ArrayList<>(Arrays.asList(a).subList(0, a.length - nk));
            List<String> names = new ArrayList<>();
            for (int k = 0; k < nk; k++) {
                if (kw[k].equals("initial")) {
                    initial = a[a.length - nk + k];
                } else {
                    names.add(kw[k]);
                    vals.add(a[a.length - nk + k]);
                }
            }
            if (a.length - nk > 2) {
                throw Exc.typeError("accumulate() takes at most 2 positional arguments (" + (a.length - nk) + " given)");
            }
            Args p = new Args("accumulate", vals.toArray(new PyObject[0]), names.toArray(new String[0]),
                    new String[] {"iterable", "func"}, 1, 2);
            return new Accumulate(Abstract.iter(p.get(0, null)), p.get(1, NONE), initial);
        });

        Methods.staticNew(CHAIN, (cls, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Exc.typeError("chain() takes no keyword arguments");
            }
            return new Chain(Abstract.iter(new PyTuple(a.clone())));
        });
        CHAIN.define("from_iterable", new PyClassMethod(new PyBuiltinFunction("from_iterable", (a, kw) -> {
            Args.checkPositional("chain.from_iterable", Arrays.copyOfRange(a, 1, a.length), kw, 1, 1);
            return new Chain(Abstract.iter(a[1]));
        })));
        CHAIN.define("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> {
            Args.checkPositional("__class_getitem__", Arrays.copyOfRange(a, 1, a.length), kw, 1, 1);
            return new pyj.objects.PyGenericAlias(a[0], a[1]);
        })));

        Methods.staticNew(COMPRESS, (cls, a, kw) -> {
            Args p = new Args("compress", a, kw, new String[] {"data", "selectors"}, 2, 2);
            return new Compress(Abstract.iter(p.get(0, null)), Abstract.iter(p.get(1, null)));
        });

        PyType[] preds = {DROPWHILE, TAKEWHILE, FILTERFALSE};
        for (int k = 0; k < 3; k++) {
            int kind = k;
            PyType t = preds[k];
            String name = t.name().substring("itertools.".length());
            Methods.staticNew(t, (cls, a, kw) -> {
                positional(name, a, kw, 2, 2);
                return new Predicate(t, kind, a[0], Abstract.iter(a[1]));
            });
        }

        Methods.staticNew(GROUPBY, (cls, a, kw) -> {
            Args p = new Args("groupby", a, kw, new String[] {"iterable", "key"}, 1, 2);
            return new GroupBy(Abstract.iter(p.get(0, null)), p.get(1, NONE));
        });
        Methods.staticNew(GROUPER, (cls, a, kw) -> {
            positional("_grouper", a, kw, 2, 2);
            if (!(a[0] instanceof GroupBy g)) {
                throw Exc.typeError("_grouper() argument 1 must be itertools.groupby, not " + Abstract.typeName(a[0]));
            }
            return new Grouper(g, a[1]);
        });

        Methods.staticNew(ISLICE, (cls, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Exc.typeError("islice() takes no keyword arguments");
            }
            positional("islice", a, null, 2, 4);
            final String stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            long start = 0;
            long stop = -1;
            long step = 1;
            if (a.length == 2) {
                if (a[1] != NONE) {
                    stop = clipped(a[1]);
                    if (stop == -1) {
                        throw Exc.valueError(stopMsg);
                    }
                }
            } else {
                if (a[1] != NONE) {
                    start = clipped(a[1]);
                }
                if (a[2] != NONE) {
                    stop = clipped(a[2]);
                    if (stop == -1) {
                        throw Exc.valueError(stopMsg);
                    }
                }
            }
            if (start < 0 || stop < -1) {
                throw Exc.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
            if (a.length == 4 && a[3] != NONE) {
                step = clipped(a[3]);
            }
            if (step < 1) {
                throw Exc.valueError("Step for islice() must be a positive integer or None.");
            }
            return new ISlice(Abstract.iter(a[0]), start, stop, step);
        });

        Methods.staticNew(STARMAP, (cls, a, kw) -> {
            positional("starmap", a, kw, 2, 2);
            return new StarMap(a[0], Abstract.iter(a[1]));
        });

        Methods.staticNew(TEE, (cls, a, kw) -> {
            positional("_tee", a, kw, 1, 1);
            return teeOf(Abstract.iter(a[0]));
        });
        Methods.def(TEE, "__copy__", 0, 0, a -> ((Tee) a[0]).copy());

        Methods.staticNew(ZIP_LONGEST, (cls, a, kw) -> {
            int nk = kw == null ? 0 : kw.length;
            PyObject fill = NONE;
            if (nk > 0) {
                if (nk > 1 || !kw[0].equals("fillvalue")) {
                    throw Exc.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = a[a.length - 1];
            }
            PyObject[] its = new PyObject[a.length - nk];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(a[i]);
            }
            return new ZipLongest(its, fill);
        });

        Methods.staticNew(PRODUCT, (cls, a, kw) -> {
            int nk = kw == null ? 0 : kw.length;
            long repeat = 1;
            for (int k = 0; k < nk; k++) {
                if (!kw[k].equals("repeat")) {
                    throw Exc.typeError("'" + kw[k] + "' is an invalid keyword argument for product()");
                }
                repeat = ssize(a[a.length - nk + k]);
                if (repeat < 0) {
                    throw Exc.valueError("repeat argument cannot be negative");
                }
            }
            int np = a.length - nk;
            PyObject[][] base = new PyObject[np][];
            for (int i = 0; i < np; i++) {
                base[i] = pool(a[i]);
            }
            if (np > 0 && repeat > Integer.MAX_VALUE / np) {
                throw Exc.overflow("repeat argument too large");
            }
            PyObject[][] pools = new PyObject[(int) (np * repeat)][];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = base[i % Math.max(np, 1)];
            }
            return new Product(pools);
        });

        Methods.staticNew(PERMUTATIONS, (cls, a, kw) -> {
            Args p = new Args("permutations", a, kw, new String[] {"iterable", "r"}, 1, 2);
            PyObject[] pool = pool(p.get(0, null));
            PyObject ro = p.get(1, NONE);
            long r = pool.length;
            if (ro != NONE) {
                if (!(ro instanceof PyInt ri)) {
                    throw Exc.typeError("Expected int as r");
                }
                r = ssize(ri);
            }
            if (r < 0) {
                throw Exc.valueError("r must be non-negative");
            }
            return new Combinatoric(PERMUTATIONS, 0, pool, (int) Math.min(r, Integer.MAX_VALUE));
        });
        PyType[] combs = {COMBINATIONS, CWR};
        for (int k = 0; k < 2; k++) {
            PyType t = combs[k];
            int kind = k + 1;
            String name = t.name().substring("itertools.".length());
            Methods.staticNew(t, (cls, a, kw) -> {
                Args p = new Args(name, a, kw, new String[] {"iterable", "r"}, 2, 2);
                PyObject[] pool = pool(p.get(0, null));
                long r = ssize(p.get(1, null));
                if (r < 0) {
                    throw Exc.valueError("r must be non-negative");
                }
                if (kind == 2 && pool.length > 0 && r > Integer.MAX_VALUE - 8) {
                    // CPython fails allocating the r indices.
                    throw new PyException(new pyj.objects.PyBaseException(Exc.MemoryError));
                }
                return new Combinatoric(t, kind, pool, (int) Math.min(r, Integer.MAX_VALUE));
            });
        }

        Methods.staticNew(PAIRWISE, (cls, a, kw) -> {
            positional("pairwise", a, kw, 1, 1);
            return new Pairwise(Abstract.iter(a[0]));
        });
    }

    /** PyNumber_AsSsize_t(o, OverflowError) for islice, with any error read as -1. */
    private static long clipped(PyObject o) {
        PyInt i;
        try {
            i = Abstract.index(o);
        } catch (PyException e) {
            return -1;
        }
        return i.isLong() ? i.longValue() : -1;
    }

    static Tee teeOf(PyObject it) {
        if (it instanceof Tee t) {
            return t.copy();
        }
        return new Tee(new TeeSource(it), new TeeNode());
    }

    static PyModule create() {
        PyModule m = new PyModule("itertools");
        for (PyType t : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE,
                FILTERFALSE, GROUPBY, GROUPER, ISLICE, STARMAP, TEE, ZIP_LONGEST, PRODUCT, PERMUTATIONS, COMBINATIONS,
                CWR, PAIRWISE}) {
            m.dict.putStr(t.name().substring("itertools.".length()), t);
        }
        ModuleDefs.def(m, "tee", (a, kw) -> {
            positional("tee", a, kw, 1, 2);
            long n = a.length > 1 ? ssize(a[1]) : 2;
            if (n < 0) {
                throw Exc.valueError("n must be >= 0");
            }
            PyObject[] out = new PyObject[(int) n];
            if (n == 0) {
                return PyTuple.EMPTY;
            }
            PyObject it = Abstract.iter(a[0]);
            // As CPython: an iterator with __copy__ is copied, anything else is wrapped in a _tee.
            PyObject copyable;
            PyObject copyFn = it instanceof Tee ? null : Abstract.getAttrOrNull(it, "__copy__");
            if (it instanceof Tee || copyFn != null) {
                copyable = it;
            } else {
                copyable = teeOf(it);
            }
            out[0] = copyable;
            for (int i = 1; i < n; i++) {
                copyable = copyable instanceof Tee t ? t.copy() : Abstract.callMethod(copyable, "__copy__");
                out[i] = copyable;
            }
            return new PyTuple(out);
        });
        return m;
    }
}
