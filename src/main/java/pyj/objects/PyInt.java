package pyj.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * int: a {@code long} when it fits, else a {@link BigInteger}; arithmetic uses {@code Math.*Exact}
 * and overflows into BigInteger. Small ints (-5..256) are cached as in CPython. Not final only
 * because bool is its subclass ({@link PyBool}), as in Python.
 */
public class PyInt extends PyObject {
    /** Non-null for an instance of a Python subclass: its class and __dict__. */
    Sub sub;
    public static final PyType TYPE = PyType.builtin("int", null);
    private static final PyInt[] SMALL = new PyInt[262];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** sys.int_info's default str-digits limit (CPython 3.11's _PY_LONG_DEFAULT_MAX_STR_DIGITS). */
    public static final int MAX_STR_DIGITS = 4300;

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5, null);
        }
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    /** The value when {@link #big} is null. */
    final long v;
    /** The value when it does not fit in a long; null otherwise (never a long-sized value). */
    final BigInteger big;

    PyInt(long v, BigInteger big) {
        this.v = v;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(0, b);
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

    public boolean isLong() {
        return big == null;
    }

    public long longValue() {
        return v;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(v);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(v);
    }

    /** The value as a Java int, or OverflowError with CPython's message. */
    public int intValue() {
        if (big == null && v == (int) v) {
            return (int) v;
        }
        throw Exc.overflow("Python int too large to convert to C int");
    }

    /** Does the value fit a Py_ssize_t (a Java long)? */
    public boolean fitsLong() {
        return big == null;
    }

    /** Py_ssize_t conversion (IndexError/OverflowError left to callers). */
    public long ssize() {
        if (big != null) {
            throw Exc.overflow("Python int too large to convert to C ssize_t");
        }
        return v;
    }

    public double doubleValue() {
        if (big == null) {
            return v;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Exc.overflow("int too large to convert to float");
        }
        return d;
    }

    public String repr() {
        if (big == null) {
            return Long.toString(v);
        }
        int limit = Formatting.intMaxStrDigits;
        if (limit > 0 && big.bitLength() > limit * 3.32) {
            String s = big.toString();
            if (s.length() - (big.signum() < 0 ? 1 : 0) > limit) {
                throw Exc.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return big.toString();
    }

    /** hash(int): the value modulo 2**61-1 with the sign kept; -1 becomes -2 (Objects/longobject.c). */
    public long hash() {
        return big == null ? PyHash.hashLong(v) : PyHash.hashInt(big);
    }

    // ---- arithmetic: both operands ints (bool included) ----

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v + b.v;
            if (((a.v ^ r) & (b.v ^ r)) < 0) {
                return of(a.bigValue().add(b.bigValue()));
            }
            return of(r);
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.v - b.v;
            if (((a.v ^ b.v) & (a.v ^ r)) < 0) {
                return of(a.bigValue().subtract(b.bigValue()));
            }
            return of(r);
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.v, b.v);
            long lo = a.v * b.v;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floordiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Exc.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.v == Long.MIN_VALUE && b.v == -1)) {
            return of(Math.floorDiv(a.v, b.v));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Exc.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.v == -1) {
                return ZERO;
            }
            return of(Math.floorMod(a.v, b.v));
        }
        BigInteger r = a.bigValue().remainder(b.bigValue());
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b.bigValue());
        }
        return of(r);
    }

    public static PyObject truediv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Exc.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.v) < (1L << 53) && Math.abs(b.v) < (1L << 53)) {
            return new PyFloat((double) a.v / (double) b.v);
        }
        // Beyond 2**53 a double division would round twice; BigDecimal at 40 digits rounds once more
        // only in rare halfway cases (CPython rounds exactly; see docs/internals/objects.md).
        double d = new BigDecimal(a.bigValue()).divide(new BigDecimal(b.bigValue()), new MathContext(40)).doubleValue();
        if (Double.isInfinite(d)) {
            throw Exc.overflow("integer division result too large for a float");
        }
        return new PyFloat(d);
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) {
                throw Exc.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.pow(a.doubleValue(), b.doubleValue());
        }
        if (b.big != null) {
            if (a.big == null && (a.v == 0 || a.v == 1)) {
                return a.v == 0 ? ZERO : ONE;
            }
            if (a.big == null && a.v == -1) {
                return b.big.testBit(0) ? of(-1) : ONE;
            }
            throw Exc.of(Exc.MemoryError, "");
        }
        if (b.v > Integer.MAX_VALUE) {
            throw Exc.of(Exc.MemoryError, "");
        }
        return of(a.bigValue().pow((int) b.v));
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.v != Long.MIN_VALUE) {
            return of(-a.v);
        }
        return of(a.bigValue().negate());
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) {
            return of(~a.v);
        }
        return of(a.big.not());
    }

    public static PyInt and(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.v & b.v) : of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.v | b.v) : of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.v ^ b.v) : of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Exc.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return ZERO;
        }
        if (b.big != null || b.v > Integer.MAX_VALUE) {
            throw Exc.overflow("too many digits in integer");
        }
        int n = (int) b.v;
        if (a.big == null && n < 63 && Math.abs(a.v) < (1L << (62 - n))) {
            return of(a.v << n);
        }
        return of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Exc.valueError("negative shift count");
        }
        if (b.big != null || b.v > Integer.MAX_VALUE) {
            return a.signum() < 0 ? of(-1) : ZERO;
        }
        if (a.big == null) {
            return of(b.v >= 64 ? (a.v < 0 ? -1 : 0) : a.v >> b.v);
        }
        return of(a.big.shiftRight((int) b.v));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.v, b.v);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    /** int(str, base) parsing with CPython's rules for underscores and whitespace. */
    public static PyInt parse(String s, int base) {
        String t = s.strip();
        String orig = s;
        boolean neg = false;
        if (t.startsWith("-") || t.startsWith("+")) {
            neg = t.charAt(0) == '-';
            t = t.substring(1);
        }
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            String lower = t.toLowerCase();
            int detected = lower.startsWith("0x") ? 16 : lower.startsWith("0o") ? 8 : lower.startsWith("0b") ? 2 : 0;
            if (detected != 0 && (base == 0 || base == detected)) {
                base = detected;
                t = t.substring(2);
                if (t.startsWith("_")) {
                    t = t.substring(1);
                }
            } else if (base == 0) {
                if (t.length() > 1 && t.chars().allMatch(c -> c == '0' || c == '_') && !t.contains("__")) {
                    return ZERO;
                }
                base = 10;
                if (t.length() > 1 && t.startsWith("0")) {
                    throw badLiteral(orig, 0);
                }
            }
        }
        if (t.isEmpty() || t.startsWith("_") || t.endsWith("_") || t.contains("__")) {
            throw badLiteral(orig, base);
        }
        String digits = t.replace("_", "");
        int limit = Formatting.intMaxStrDigits;
        if ((base & (base - 1)) != 0 && limit > 0 && digits.length() > limit) {
            // CPython 3.11.7 limits conversions in bases that are not powers of two.
            throw Exc.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        try {
            BigInteger b = new BigInteger(digits, base);
            if (digits.startsWith("-") || digits.startsWith("+")) {
                throw badLiteral(orig, base);
            }
            return of(neg ? b.negate() : b);
        } catch (NumberFormatException e) {
            throw badLiteral(orig, base);
        }
    }

    private static PyException badLiteral(String s, int base) {
        return Exc.valueError("invalid literal for int() with base " + base + ": " + PyStr.reprOf(s));
    }
}
