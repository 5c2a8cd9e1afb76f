package pyj.objects;

/** float: a Java double. */
public final class PyFloat extends PyObject {
    /** Non-null for an instance of a Python subclass: its class and __dict__. */
    Sub sub;
    public static final PyType TYPE = PyType.builtin("float", null);
    /** _PyHASH_MODULUS: 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;

    public final double value;

    public PyFloat(double value) {
        this.value = value;
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

    /** float repr: the shortest string that reads back (PyOS_double_to_string 'r'). */
    public String repr() {
        return FloatFormat.repr(value);
    }

    /** _Py_HashDouble: equal to the int's hash for integral values; NaN hashes by identity (3.10+). */
    public static long hash(double v, PyObject self) {
        return PyHash.hashDouble(v, System.identityHashCode(self));
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
    public static PyObject pow(double a, double b) {
        if (a == 0 && b < 0) {
            throw Exc.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b)) {
            // float_pow hands a negative base with a fractional exponent to complex's power
            return NumberMethods.complexPow(new double[] {a, 0.0}, new double[] {b, 0.0}, null);
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
        String t = StrMethods.asciiDigits(s).strip();
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
