package pyj.objects;

/** range over longs (CPython allows arbitrary ints; pyj raises OverflowError beyond a long). */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", null);
    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Exc.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long len;
        if (step > 0) {
            len = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            len = start > stop ? (start - stop - 1) / -step + 1 : 0;
        }
        this.length = len;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long at(long i) {
        return start + i * step;
    }

    public String repr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }
}
