package pyj.objects;

import pyj.parse.ast.PyRepr;

/** float: a Java double. */
public final class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", null);
    /** _PyHASH_MODULUS: 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** float repr: the shortest string that reads back (pyj.objects.Formatting will own this). */
    public String repr() {
        return PyRepr.floatRepr(value);
    }

    /** _Py_HashDouble (Python/pyhash.c): equal to the int's hash for integral values. */
    public static long hash(double v, PyObject self) {
        if (Double.isNaN(v)) {
            return System.identityHashCode(self);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        // frexp: v = m * 2**e with 0.5 <= m < 1
        int e = 0;
        double m = v;
        if (m != 0) {
            e = Math.getExponent(m) + 1;
            if (e < Double.MIN_EXPONENT + 1) { // subnormal
                m *= 0x1p54;
                e = Math.getExponent(m) + 1 - 54;
                m = m / Math.scalb(1.0, Math.getExponent(m) + 1);
            } else {
                m = Math.scalb(m, -e);
            }
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= HASH_MODULUS) {
                x -= HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & HASH_MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    public static PyFloat mod(double vx, double wx) {
        if (wx == 0) {
            throw Exc.zeroDivision("float modulo");
        }
        double mod = vx % wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return new PyFloat(mod);
    }

    public static PyFloat floordiv(double vx, double wx) {
        if (wx == 0) {
            throw Exc.zeroDivision("float floor division by zero");
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new PyFloat(floordiv);
    }

    public static PyFloat truediv(double a, double b) {
        if (b == 0) {
            throw Exc.zeroDivision("float division by zero");
        }
        return new PyFloat(a / b);
    }

    /** float_pow's errors and special cases; Java's Math.pow agrees with C's pow elsewhere. */
    public static PyFloat pow(double a, double b) {
        if (a == 0 && b < 0) {
            throw Exc.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b)) {
            throw Exc.notImplemented("pyj: a negative float to a fractional power gives a complex; complex is not implemented yet");
        }
        if (a == 1.0 || b == 0) {
            return new PyFloat(1.0);
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Exc.overflow("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    /** float(str): Python's float syntax (underscores between digits, inf/nan words). */
    public static PyFloat parse(String s) {
        String t = s.strip();
        String low = t.toLowerCase();
        String body = low.startsWith("-") || low.startsWith("+") ? low.substring(1) : low;
        double sign = low.startsWith("-") ? -1 : 1;
        switch (body) {
            case "inf", "infinity" -> {
                return new PyFloat(sign * Double.POSITIVE_INFINITY);
            }
            case "nan" -> {
                return new PyFloat(Double.NaN);
            }
            default -> {
            }
        }
        if (!body.isEmpty() && body.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?") && body.matches(".*\\d.*")
                && !body.startsWith("e") && !body.startsWith(".e")) {
            return new PyFloat(sign * Double.parseDouble(body.replace("_", "")));
        }
        throw Exc.valueError("could not convert string to float: " + PyStr.reprOf(s));
    }
}
