package pyj.objects;

/**
 * set and frozenset: CPython's hash table (Objects/setobject.c): linear probing of up to 9
 * neighbouring slots, then a perturbed jump; iteration in table order. Keeping CPython's probing
 * and resize policy makes iteration order (and so the printed order of a set of ints) CPython's.
 */
public final class PySet extends PyObject {
    /** Non-null for an instance of a Python subclass: its class and __dict__. */
    Sub sub;
    public static final PyType SET_TYPE = PyType.builtin("set", null);
    public static final PyType FROZENSET_TYPE = PyType.builtin("frozenset", null);
    private static final int LINEAR_PROBES = 9;
    private static final int MINSIZE = 8;
    private static final PyObject DUMMY = PySingleton.ELLIPSIS; // never compared: identified by hash -1 and this marker

    public final boolean frozen;
    private PyObject[] table;
    private long[] hashes;
    private int mask;
    private int fill;
    private int used;
    int version;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        table = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
    }

    @Override
    public PyType type() {
        return sub == null ? (frozen ? FROZENSET_TYPE : SET_TYPE) : sub.type;
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

    public int size() {
        return used;
    }

    /** set_swap_bodies: takes over other's table (the in-place operations' result). */
    public void takeBody(PySet other) {
        table = other.table;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        version++;
    }

    /** Slots to iterate: entries with a non-null key that is not a dummy. */
    public int tableSize() {
        return table.length;
    }

    public PyObject slot(int i) {
        PyObject k = table[i];
        return k == null || (k == DUMMY && hashes[i] == -1) ? null : k;
    }

    public boolean add(PyObject key) {
        return add(key, Abstract.hash(key));
    }

    private boolean add(PyObject key, long hash) {
        while (true) {
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            int freeslot = -1;
            PyObject[] t = table;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = t[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            j = freeslot;
                            table[j] = key;
                            hashes[j] = hash;
                            used++;
                            version++;
                            return true;
                        }
                        table[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        version++;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (hashes[j] == hash && !(k == DUMMY && hash == -1)) {
                        if (k == key || Abstract.eqForLookup(k, key)) {
                            return false;
                        }
                        if (t != table || m != mask) {
                            break; // mutated by __eq__: start again
                        }
                    } else if (k == DUMMY && hashes[j] == -1 && freeslot < 0) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                if (t != table || m != mask) {
                    break;
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private int find(PyObject key, long hash) {
        int m = mask;
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = table[j];
                if (k == null) {
                    return -1;
                }
                if (hashes[j] == hash && !(k == DUMMY && hash == -1) && (k == key || Abstract.eqForLookup(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] ot = table;
        long[] oh = hashes;
        table = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int s = 0; s < ot.length; s++) {
            PyObject k = ot[s];
            if (k != null && !(k == DUMMY && oh[s] == -1)) {
                insertClean(k, oh[s]);
            }
        }
    }

    private void insertClean(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (table[j] == null) {
                    table[j] = key;
                    hashes[j] = hash;
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_merge: adds every key of other, resizing once up front and copying slots when it can. */
    public void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (other.table[i] != null) {
                    table[i] = other.table[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.slot(i);
                if (k != null) {
                    insertClean(k, other.hashes[i]);
                }
            }
            version++;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.slot(i);
            if (k != null) {
                add(k, other.hashes[i]);
            }
        }
    }

    /** set_update_internal: from a set (merge), a dict (its keys) or any iterable. */
    public void update(PyObject iterable) {
        if (iterable instanceof PySet o) {
            merge(o);
            return;
        }
        if (iterable instanceof PyDict d && d.type() == PyDict.TYPE) {
            if ((long) (fill + d.size()) * 5 >= (long) mask * 3) {
                resize((used + d.size()) * 2);
            }
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject v; (v = Abstract.next(it)) != null; ) {
            add(v);
        }
    }

    /** A new set or frozenset holding this one's keys (set_copy). */
    public PySet copy(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        s.merge(this);
        return s;
    }

    public boolean contains(PyObject key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    public boolean discard(PyObject key) {
        int j = find(key, Abstract.hash(key));
        if (j < 0) {
            return false;
        }
        table[j] = DUMMY;
        hashes[j] = -1;
        used--;
        version++;
        return true;
    }

    /** set.pop: the first live slot from the start (CPython keeps a moving finger; pyj starts at 0). */
    public PyObject pop() {
        for (int i = 0; i < table.length; i++) {
            PyObject k = slot(i);
            if (k != null) {
                table[i] = DUMMY;
                hashes[i] = -1;
                used--;
                version++;
                return k;
            }
        }
        return null;
    }

    public void clear() {
        table = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        version++;
    }

    /** Live keys in iteration order. */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int i = 0; i < table.length; i++) {
            PyObject k = slot(i);
            if (k != null) {
                out[n++] = k;
            }
        }
        return out;
    }

    /** frozenset hash (Objects/setobject.c frozenset_hash). */
    public long hash() {
        PyObject[] items = toArray();
        long[] h = new long[items.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = Abstract.hash(items[i]);
        }
        return PyHash.hashFrozenset(h);
    }
}
