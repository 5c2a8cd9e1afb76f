package pyj.objects;

/** range over longs (CPython allows arbitrary ints; pyj raises OverflowError beyond a long). */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", null);
    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    /**
     * For a range whose bounds or length do not fit in a long (CPython's longrange path): start,
     * stop, step, length; null for every ordinary range, whose long fields are then valid.
     */
    public final java.math.BigInteger[] big;

    private PyRange(java.math.BigInteger start, java.math.BigInteger stop, java.math.BigInteger step) {
        if (step.signum() == 0) {
            throw Exc.valueError("range() arg 3 must not be zero");
        }
        java.math.BigInteger len;
        if (step.signum() > 0) {
            len = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(java.math.BigInteger.ONE).divide(step)
                    .add(java.math.BigInteger.ONE) : java.math.BigInteger.ZERO;
        } else {
            len = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(java.math.BigInteger.ONE)
                    .divide(step.negate()).add(java.math.BigInteger.ONE) : java.math.BigInteger.ZERO;
        }
        this.big = new java.math.BigInteger[] {start, stop, step, len};
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = 0;
    }

    /** range(start, stop, step) from arbitrary ints: the long form when everything fits. */
    public static PyRange of(java.math.BigInteger start, java.math.BigInteger stop, java.math.BigInteger step) {
        PyRange r = new PyRange(start, stop, step);
        if (start.bitLength() < 63 && stop.bitLength() < 63 && step.bitLength() < 63 && r.big[3].bitLength() < 63) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return r;
    }

    /** The i-th item of a big range. */
    public java.math.BigInteger bigAt(java.math.BigInteger i) {
        return big[0].add(i.multiply(big[2]));
    }

    public PyRange(long start, long stop, long step) {
        this.big = null;
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
        if (big != null) {
            return "range(" + big[0] + ", " + big[1] + (big[2].equals(java.math.BigInteger.ONE) ? "" : ", " + big[2]) + ")";
        }
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }
}
