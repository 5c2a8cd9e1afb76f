package pyj.objects;

/** slice(start, stop, step), and the index arithmetic of PySlice_GetIndicesEx. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", null);
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {start, stop, step, slicelength} clipped to a sequence of {@code length} items. */
    public long[] indices(long length) {
        long st = step == PySingleton.NONE ? 1 : Math.max(-Long.MAX_VALUE, sliceIndex(step));
        if (st == 0) {
            throw Exc.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = bound(start, 0, length, 0, length);
            hi = bound(stop, length, length, 0, length);
        } else {
            lo = bound(start, length - 1, length, -1, length - 1);
            hi = bound(stop, -1, length, -1, length - 1);
        }
        long n;
        if (st > 0) {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            n = hi < lo ? (lo - hi - 1) / -st + 1 : 0;
        }
        return new long[] {lo, hi, st, n};
    }

    /** _PyEval_SliceIndex: __index__, clamped to the Py_ssize_t range. */
    static long sliceIndex(PyObject v) {
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw Exc.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(v);
        return i.isLong() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    private static long bound(PyObject v, long dflt, long length, long lower, long upper) {
        if (v == PySingleton.NONE) {
            return dflt;
        }
        long x = Math.max(Long.MIN_VALUE / 2, Math.min(Long.MAX_VALUE / 2, sliceIndex(v)));
        if (x < 0) {
            x += length;
            if (x < lower) {
                x = lower;
            }
        } else if (x > upper) {
            x = upper;
        }
        return x;
    }
}
