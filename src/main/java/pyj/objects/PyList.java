package pyj.objects;

import java.util.Arrays;

/** list: a growable array. */
public final class PyList extends PyObject {
    /** Non-null for an instance of a Python subclass: its class and __dict__. */
    Sub sub;
    public static final PyType TYPE = PyType.builtin("list", null);

    PyObject[] items;
    int size;

    public PyList() {
        items = new PyObject[4];
    }

    /** Takes ownership of {@code items}. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
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
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 4));
        }
        items[size++] = v;
    }

    public void insert(int i, PyObject v) {
        append(v);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    public PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - 1 - i);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = new PyObject[4];
        size = 0;
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the contents (slice assignment, sort). */
    public void setAll(PyObject[] newItems) {
        items = newItems.length == 0 ? new PyObject[4] : newItems;
        size = newItems.length;
    }

    /**
     * Stable merge sort that compares only with {@code <}, as list.sort does (any exception from a
     * comparison propagates; the list then holds some permutation of its items, as in CPython).
     */
    public static void sort(PyObject[] keys, PyObject[] vals, boolean reverse) {
        int n = keys.length;
        PyObject[] tk = new PyObject[n];
        PyObject[] tv = vals == null ? null : new PyObject[n];
        if (reverse) {
            reverse(keys, vals);
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    // Take from the right only if strictly less: keeps equal items in order.
                    if (Abstract.lt(keys[j], keys[i])) {
                        tk[k] = keys[j];
                        if (tv != null) {
                            tv[k] = vals[j];
                        }
                        j++;
                    } else {
                        tk[k] = keys[i];
                        if (tv != null) {
                            tv[k] = vals[i];
                        }
                        i++;
                    }
                    k++;
                }
                while (i < mid) {
                    tk[k] = keys[i];
                    if (tv != null) {
                        tv[k] = vals[i];
                    }
                    i++;
                    k++;
                }
                while (j < hi) {
                    tk[k] = keys[j];
                    if (tv != null) {
                        tv[k] = vals[j];
                    }
                    j++;
                    k++;
                }
                System.arraycopy(tk, lo, keys, lo, hi - lo);
                if (tv != null) {
                    System.arraycopy(tv, lo, vals, lo, hi - lo);
                }
            }
        }
        if (reverse) {
            reverse(keys, vals);
        }
    }

    private static void reverse(PyObject[] a, PyObject[] b) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
            if (b != null) {
                t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
        }
    }
}
