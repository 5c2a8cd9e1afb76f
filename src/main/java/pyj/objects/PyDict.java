package pyj.objects;

import java.util.Arrays;

/**
 * dict: CPython's compact layout. Entries (hash, key, value) sit in insertion order in parallel
 * arrays; a separate power-of-two index table maps a hash to an entry by open addressing with
 * CPython's perturbed probe sequence. Deleting leaves a hole (null key) that a resize compacts.
 */
public final class PyDict extends PyObject {
    /** Non-null for an instance of a Python subclass: its class and __dict__. */
    Sub sub;
    public static final PyType TYPE = PyType.builtin("dict", null);
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    private int[] index;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Entries used so far (including deleted holes). */
    private int n;
    /** Live entries. */
    private int used;
    /** Bumped on every insertion/deletion, to detect mutation while iterating. */
    int version;

    public PyDict() {
        alloc(8);
    }

    private void alloc(int tableSize) {
        index = new int[tableSize];
        Arrays.fill(index, EMPTY);
        int cap = tableSize * 2 / 3;
        hashes = new long[cap];
        keys = new PyObject[cap];
        values = new PyObject[cap];
        n = 0;
        used = 0;
    }

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

    public int size() {
        return used;
    }

    /** Entry count including holes: iterate i in [0, capacityUsed()) skipping null keys. */
    public int entryLimit() {
        return n;
    }

    public PyObject keyAt(int i) {
        return keys[i];
    }

    public PyObject valueAt(int i) {
        return values[i];
    }

    /** The slot of the index table holding key's entry, or where it would go (as -slot-1). */
    private int find(PyObject key, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeSlot = -1;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -(freeSlot >= 0 ? freeSlot : i) - 1;
            }
            if (ix == DUMMY) {
                if (freeSlot < 0) {
                    freeSlot = i;
                }
            } else if (hashes[ix] == hash) {
                PyObject k = keys[ix];
                if (k == key || Abstract.eqForLookup(k, key)) {
                    return i;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int findStr(String key, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash) {
                PyObject k = keys[ix];
                if (k instanceof PyStr s ? s.value().equals(key) : Abstract.eqForLookup(k, new PyStr(key))) {
                    return i;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public PyObject get(PyObject key) {
        int s = find(key, Abstract.hash(key));
        return s >= 0 ? values[index[s]] : null;
    }

    public PyObject getStr(String key) {
        int s = findStr(key, PyStr.hashOf(key));
        return s >= 0 ? values[index[s]] : null;
    }

    public void put(PyObject key, PyObject value) {
        put(key, Abstract.hash(key), value);
    }

    public void putStr(String key, PyObject value) {
        long h = PyStr.hashOf(key);
        int s = findStr(key, h);
        if (s >= 0) {
            values[index[s]] = value;
        } else {
            put(PyStr.of(key), h, value);
        }
    }

    public void put(PyObject key, long hash, PyObject value) {
        int s = find(key, hash);
        if (s >= 0) {
            values[index[s]] = value;
            return;
        }
        if (n == keys.length) {
            resize();
            s = find(key, hash);
        }
        int slot = -s - 1;
        index[slot] = n;
        hashes[n] = hash;
        keys[n] = key;
        values[n] = value;
        n++;
        used++;
        version++;
    }

    private void resize() {
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int on = n;
        int size = 8;
        while (size * 2 / 3 <= used * 3 / 2 + 1) {
            size <<= 1;
        }
        alloc(size);
        int mask = size - 1;
        for (int j = 0; j < on; j++) {
            if (ok[j] != null) {
                long h = oh[j];
                int i = (int) (h & mask);
                long perturb = h;
                while (index[i] != EMPTY) {
                    perturb >>>= 5;
                    i = (int) ((i * 5L + perturb + 1) & mask);
                }
                index[i] = n;
                hashes[n] = h;
                keys[n] = ok[j];
                values[n] = ov[j];
                n++;
                used++;
            }
        }
    }

    /** Removes key; returns the old value or null. */
    public PyObject remove(PyObject key) {
        int s = find(key, Abstract.hash(key));
        return s >= 0 ? removeAt(s) : null;
    }

    public boolean delStr(String key) {
        int s = findStr(key, PyStr.hashOf(key));
        if (s < 0) {
            return false;
        }
        removeAt(s);
        return true;
    }

    private PyObject removeAt(int slot) {
        int ix = index[slot];
        PyObject old = values[ix];
        index[slot] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        return old;
    }

    public boolean containsKey(PyObject key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    public void clear() {
        alloc(8);
        version++;
    }

    /** popitem: the last live entry, removed; null when empty. */
    public PyObject[] popLast() {
        for (int i = n - 1; i >= 0; i--) {
            if (keys[i] != null) {
                PyObject[] kv = {keys[i], values[i]};
                remove(keys[i]);
                return kv;
            }
        }
        return null;
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            if (keys[i] != null) {
                d.put(keys[i], hashes[i], values[i]);
            }
        }
        return d;
    }
}
