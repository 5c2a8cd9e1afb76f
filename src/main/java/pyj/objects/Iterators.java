package pyj.objects;

/** The iterator types of the builtin containers and of the iteration builtins. */
public final class Iterators {
    private Iterators() {}

    public static final PyType LIST_ITER = PyIterator.newType("list_iterator");
    public static final PyType LIST_REVITER = PyIterator.newType("list_reverseiterator");
    public static final PyType TUPLE_ITER = PyIterator.newType("tuple_iterator");
    public static final PyType STR_ITER = PyIterator.newType("str_ascii_iterator");
    public static final PyType RANGE_ITER = PyIterator.newType("range_iterator");
    public static final PyType LONGRANGE_ITER = PyIterator.newType("longrange_iterator");
    public static final PyType DICT_KEYITER = PyIterator.newType("dict_keyiterator");
    public static final PyType DICT_REVKEYITER = PyIterator.newType("dict_reversekeyiterator");
    public static final PyType DICT_REVVALUEITER = PyIterator.newType("dict_reversevalueiterator");
    public static final PyType DICT_REVITEMITER = PyIterator.newType("dict_reverseitemiterator");
    public static final PyType DICT_VALUEITER = PyIterator.newType("dict_valueiterator");
    public static final PyType DICT_ITEMITER = PyIterator.newType("dict_itemiterator");
    public static final PyType SET_ITER = PyIterator.newType("set_iterator");
    public static final PyType SEQ_ITER = PyIterator.newType("iterator");
    public static final PyType CALLABLE_ITER = PyIterator.newType("callable_iterator");
    public static final PyType ENUMERATE = PyIterator.newType("enumerate");
    public static final PyType ZIP = PyIterator.newType("zip");
    public static final PyType MAP = PyIterator.newType("map");
    public static final PyType FILTER = PyIterator.newType("filter");
    public static final PyType REVERSED = PyIterator.newType("reversed");

    static void install() {
        // The types exist once this class is initialized; nothing else to add yet.
    }

    public static PyIterator list(PyList l) {
        int[] i = {0};
        return PyIterator.of(LIST_ITER, () -> i[0] < l.size() ? l.get(i[0]++) : null);
    }

    public static PyIterator listReversed(PyList l) {
        int[] i = {l.size() - 1};
        return PyIterator.of(LIST_REVITER, () -> {
            if (i[0] >= 0 && i[0] < l.size()) {
                return l.get(i[0]--);
            }
            i[0] = -1;
            return null;
        });
    }

    public static PyIterator tuple(PyTuple t) {
        int[] i = {0};
        return PyIterator.of(TUPLE_ITER, () -> i[0] < t.size() ? t.get(i[0]++) : null);
    }

    public static PyIterator str(PyStr s) {
        int[] i = {0};
        int n = s.length();
        return PyIterator.of(STR_ITER, () -> i[0] < n ? PyStr.ofCodePoint(s.codePointAt(i[0]++)) : null);
    }

    public static PyIterator range(PyRange r) {
        if (r.big != null) {
            // CPython's longrange_iterator: arbitrary-size items.
            java.math.BigInteger[] i = {java.math.BigInteger.ZERO};
            return PyIterator.of(LONGRANGE_ITER, () -> {
                if (i[0].compareTo(r.big[3]) >= 0) {
                    return null;
                }
                PyObject v = PyInt.of(r.bigAt(i[0]));
                i[0] = i[0].add(java.math.BigInteger.ONE);
                return v;
            });
        }
        long[] i = {0};
        return PyIterator.of(RANGE_ITER, () -> i[0] < r.length ? PyInt.of(r.at(i[0]++)) : null);
    }

    /** kind 0 keys, 1 values, 2 items. */
    public static PyIterator dict(PyDict d, int kind) {
        int[] i = {0};
        int version = d.version;
        int size = d.size();
        PyType t = kind == 0 ? DICT_KEYITER : kind == 1 ? DICT_VALUEITER : DICT_ITEMITER;
        return PyIterator.of(t, () -> {
            if (d.version != version) {
                i[0] = Integer.MAX_VALUE;
                throw Exc.runtimeError(d.size() != size ? "dictionary changed size during iteration"
                        : "dictionary keys changed during iteration");
            }
            while (i[0] < d.entryLimit()) {
                int j = i[0]++;
                PyObject k = d.keyAt(j);
                if (k != null) {
                    return kind == 0 ? k : kind == 1 ? d.valueAt(j) : new PyTuple(k, d.valueAt(j));
                }
            }
            return null;
        });
    }

    /** reversed(dict) and reversed(view): from the last entry back (dictreviter_iternext). */
    public static PyIterator dictReversed(PyDict d, int kind) {
        int[] i = {d.entryLimit() - 1};
        int size = d.size();
        PyType t = kind == 0 ? DICT_REVKEYITER : kind == 1 ? DICT_REVVALUEITER : DICT_REVITEMITER;
        return PyIterator.of(t, () -> {
            if (i[0] < 0) {
                return null;
            }
            if (d.size() != size) {
                i[0] = -1;
                throw Exc.runtimeError("dictionary changed size during iteration");
            }
            while (i[0] >= 0 && i[0] < d.entryLimit()) {
                int j = i[0]--;
                PyObject k = d.keyAt(j);
                if (k != null) {
                    return kind == 0 ? k : kind == 1 ? d.valueAt(j) : new PyTuple(k, d.valueAt(j));
                }
            }
            i[0] = -1;
            return null;
        });
    }

    public static PyIterator set(PySet s) {
        int[] i = {0};
        int version = s.version;
        return PyIterator.of(SET_ITER, () -> {
            if (s.version != version) {
                i[0] = Integer.MAX_VALUE;
                throw Exc.runtimeError("Set changed size during iteration");
            }
            while (i[0] < s.tableSize()) {
                PyObject k = s.slot(i[0]++);
                if (k != null) {
                    return k;
                }
            }
            return null;
        });
    }

    /** The old sequence protocol: __getitem__(0), (1), ... until IndexError. */
    public static PyIterator sequence(PyObject o) {
        long[] i = {0};
        return PyIterator.of(SEQ_ITER, () -> {
            if (i[0] < 0) {
                return null;
            }
            try {
                return Abstract.getItem(o, PyInt.of(i[0]++));
            } catch (PyException e) {
                if (Exc.matches(e, Exc.IndexError) || Exc.matches(e, Exc.StopIteration)) {
                    i[0] = -1;
                    return null;
                }
                throw e;
            }
        });
    }

    public static PyIterator callable(PyObject f, PyObject sentinel) {
        boolean[] done = {false};
        return PyIterator.of(CALLABLE_ITER, () -> {
            if (done[0]) {
                return null;
            }
            PyObject v;
            try {
                v = Abstract.call(f);
            } catch (PyException e) {
                if (Exc.matches(e, Exc.StopIteration)) {
                    done[0] = true;
                    return null;
                }
                throw e;
            }
            if (Abstract.eq(v, sentinel)) {
                done[0] = true;
                return null;
            }
            return v;
        });
    }
}
