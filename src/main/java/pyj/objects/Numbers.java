package pyj.objects;

/** int, bool and float arithmetic and comparison; the methods of those types. */
final class Numbers {
    private Numbers() {}

    private static boolean exactInt(PyObject o) {
        return o instanceof PyInt && (o.type() == PyInt.TYPE || o.type() == PyBool.TYPE);
    }

    /** Fast path for exact int/bool/float/str operands; null to take the generic path. */
    private static boolean exactFloat(PyObject o) {
        return o instanceof PyFloat f && f.sub == null;
    }

    /** The exact int/float holding the value of an int/float (of a subclass too). */
    static PyObject exact(PyObject o) {
        if (o instanceof PyInt i && !exactInt(o)) {
            return PyInt.of(i.bigValue());
        }
        if (o instanceof PyFloat f && f.sub != null) {
            return new PyFloat(f.value);
        }
        return o;
    }

    static PyObject fast(PyObject a, PyObject b, int nb) {
        if (exactInt(a) && exactInt(b)) {
            if (a instanceof PyBool && b instanceof PyBool && (nb == 1 || nb == 7 || nb == 12)) {
                return null; // bool & | ^ give bool: bool's own methods
            }
            return intOp((PyInt) a, (PyInt) b, nb);
        }
        if ((exactFloat(a) || exactInt(a)) && (exactFloat(b) || exactInt(b))
                && (a instanceof PyFloat || b instanceof PyFloat)) {
            return floatOp(toDouble(a), toDouble(b), nb);
        }
        if (nb == 0 && a instanceof PyStr x && b instanceof PyStr y && a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) {
            return new PyStr(x.value().concat(y.value()));
        }
        return null;
    }

    static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).doubleValue();
    }

    /** int op int; null for NotImplemented (matmul). */
    static PyObject intOp(PyInt a, PyInt b, int nb) {
        return switch (nb) {
            case 0 -> PyInt.add(a, b);
            case 1 -> PyInt.and(a, b);
            case 2 -> PyInt.floordiv(a, b);
            case 3 -> PyInt.lshift(a, b);
            case 5 -> PyInt.mul(a, b);
            case 6 -> PyInt.mod(a, b);
            case 7 -> PyInt.or(a, b);
            case 8 -> PyInt.pow(a, b);
            case 9 -> PyInt.rshift(a, b);
            case 10 -> PyInt.sub(a, b);
            case 11 -> PyInt.truediv(a, b);
            case 12 -> PyInt.xor(a, b);
            default -> null;
        };
    }

    /** float op float; null for NotImplemented (bitwise, matmul). */
    static PyObject floatOp(double a, double b, int nb) {
        return switch (nb) {
            case 0 -> new PyFloat(a + b);
            case 2 -> PyFloat.floordiv(a, b);
            case 5 -> new PyFloat(a * b);
            case 6 -> PyFloat.mod(a, b);
            case 8 -> PyFloat.pow(a, b);
            case 10 -> new PyFloat(a - b);
            case 11 -> PyFloat.truediv(a, b);
            default -> null;
        };
    }

    static PyObject fastCompare(PyObject a, PyObject b, int op) {
        int c;
        if (exactInt(a) && exactInt(b)) {
            c = PyInt.compare((PyInt) a, (PyInt) b);
        } else if (a instanceof PyFloat x && b instanceof PyFloat y && x.sub == null && y.sub == null) {
            return PyBool.of(cmpDouble(x.value, y.value, op));
        } else if (a instanceof PyStr x && b instanceof PyStr y && a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) {
            c = compareStr(x.value(), y.value());
        } else if ((exactFloat(a) || exactInt(a)) && (exactFloat(b) || exactInt(b))) {
            return PyBool.of(mixedCompare(a, b, op));
        } else {
            return null;
        }
        return PyBool.of(test(c, op));
    }

    static boolean test(int c, int op) {
        return switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.EQ -> c == 0;
            case Abstract.NE -> c != 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        };
    }

    static boolean cmpDouble(double x, double y, int op) {
        return switch (op) {
            case Abstract.LT -> x < y;
            case Abstract.LE -> x <= y;
            case Abstract.EQ -> x == y;
            case Abstract.NE -> x != y;
            case Abstract.GT -> x > y;
            default -> x >= y;
        };
    }

    /** int vs float compared exactly (float_richcompare): a big int is never rounded. */
    private static boolean mixedCompare(PyObject a, PyObject b, int op) {
        // Only the float side can be nan or infinite; an int too big for a double is still finite.
        double x = a instanceof PyFloat f ? f.value : 0;
        double y = b instanceof PyFloat f ? f.value : 0;
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return cmpDouble(x, y, op);
        }
        java.math.BigDecimal bx = a instanceof PyInt i ? new java.math.BigDecimal(i.bigValue()) : new java.math.BigDecimal(x);
        java.math.BigDecimal by = b instanceof PyInt i ? new java.math.BigDecimal(i.bigValue()) : new java.math.BigDecimal(y);
        return test(bx.compareTo(by), op);
    }

    /** Compares by code point (Java's compareTo compares UTF-16 units, which differs beyond the BMP). */
    static int compareStr(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c = x.charAt(i);
            char d = y.charAt(i);
            if (c != d) {
                if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return c - d;
            }
        }
        return x.length() - y.length();
    }

    // ---- methods of int, bool and float ----

    private static PyObject binMethod(PyObject self, PyObject other, int nb, boolean reflected, boolean isFloat) {
        PyObject a = reflected ? other : self;
        PyObject b = reflected ? self : other;
        if (isFloat) {
            if (!(other instanceof PyFloat || other instanceof PyInt)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyObject r = floatOp(toDouble(a), toDouble(b), nb);
            return r == null ? PySingleton.NOT_IMPLEMENTED : r;
        }
        if (!(other instanceof PyInt)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        PyObject r = intOp((PyInt) a, (PyInt) b, nb);
        return r == null ? PySingleton.NOT_IMPLEMENTED : r;
    }

    static void install() {
        for (int k = 0; k < 2; k++) {
            boolean isFloat = k == 1;
            PyType t = isFloat ? PyFloat.TYPE : PyInt.TYPE;
            for (int nb = 0; nb < 13; nb++) {
                if (nb == 4 || (isFloat && (nb == 1 || nb == 3 || nb == 7 || nb == 9 || nb == 12))) {
                    continue;
                }
                final int op = nb;
                Methods.def(t, "__" + Abstract.NB_NAMES[nb] + "__", 1, 1, a -> binMethod(a[0], a[1], op, false, isFloat));
                Methods.def(t, "__r" + Abstract.NB_NAMES[nb] + "__", 1, 1, a -> binMethod(a[0], a[1], op, true, isFloat));
            }
            for (int op = 0; op < 6; op++) {
                final int o = op;
                Methods.def(t, Abstract.CMP_DUNDER[op], 1, 1, a -> {
                    if (!(a[1] instanceof PyInt || a[1] instanceof PyFloat)) {
                        return PySingleton.NOT_IMPLEMENTED;
                    }
                    PyObject r = fastCompare(exact(a[0]), exact(a[1]), o);
                    return r == null ? PySingleton.NOT_IMPLEMENTED : r;
                });
            }
            Methods.def(t, "__neg__", 0, 0, a -> isFloat ? new PyFloat(-((PyFloat) a[0]).value) : PyInt.neg((PyInt) a[0]));
            Methods.def(t, "__pos__", 0, 0, a -> isFloat ? a[0] : PyInt.of(((PyInt) a[0]).bigValue()));
            Methods.def(t, "__abs__", 0, 0, a -> isFloat ? new PyFloat(Math.abs(((PyFloat) a[0]).value))
                    : ((PyInt) a[0]).signum() < 0 ? PyInt.neg((PyInt) a[0]) : PyInt.of(((PyInt) a[0]).bigValue()));
            Methods.def(t, "__bool__", 0, 0, a -> PyBool.of(isFloat ? ((PyFloat) a[0]).value != 0 : ((PyInt) a[0]).signum() != 0));
            Methods.def(t, "__hash__", 0, 0, a -> PyInt.of(isFloat ? PyFloat.hash(((PyFloat) a[0]).value, a[0]) : ((PyInt) a[0]).hash()));
            Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(isFloat ? ((PyFloat) a[0]).repr() : ((PyInt) a[0]).repr()));
            Methods.def(t, "__int__", 0, 0, a -> isFloat ? floatToInt(((PyFloat) a[0]).value) : PyInt.of(((PyInt) a[0]).bigValue()));
            Methods.def(t, "__float__", 0, 0, a -> isFloat ? a[0] : new PyFloat(((PyInt) a[0]).doubleValue()));
            Methods.def(t, "__format__", 1, 1, a -> Methods.formatSpec(a[0], a[1]));
            Methods.def(t, "__divmod__", 1, 1, a -> divmod(a[0], a[1]));
        }
        Methods.def(PyInt.TYPE, "__index__", 0, 0, a -> PyInt.of(((PyInt) a[0]).bigValue()));
        Methods.def(PyInt.TYPE, "__invert__", 0, 0, a -> PyInt.invert((PyInt) a[0]));
        Methods.def(PyInt.TYPE, "bit_count", 0, 0, a -> PyInt.of(((PyInt) a[0]).bigValue().abs().bitCount()));
        Methods.def(PyInt.TYPE, "bit_length", 0, 0, a -> PyInt.of(((PyInt) a[0]).bigValue().abs().bitLength()));
        Methods.getter(PyInt.TYPE, "real", o -> PyInt.of(((PyInt) o).bigValue()));
        Methods.getter(PyInt.TYPE, "imag", o -> PyInt.ZERO);
        Methods.def(PyFloat.TYPE, "as_integer_ratio", 0, 0, a -> {
            double v = ((PyFloat) a[0]).value;
            if (Double.isInfinite(v)) {
                throw Exc.overflow("cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(v)) {
                throw Exc.valueError("cannot convert NaN to integer ratio");
            }
            // A double is exactly m * 2**e: reduce by the common powers of two.
            java.math.BigDecimal d = new java.math.BigDecimal(v);
            java.math.BigInteger num = d.unscaledValue();
            java.math.BigInteger den = java.math.BigInteger.ONE;
            if (d.scale() > 0) {
                den = java.math.BigInteger.TEN.pow(d.scale());
            } else {
                num = num.multiply(java.math.BigInteger.TEN.pow(-d.scale()));
            }
            java.math.BigInteger g = num.gcd(den);
            return new PyTuple(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        Methods.def(PyFloat.TYPE, "is_integer", 0, 0, a -> PyBool.of(((PyFloat) a[0]).value == Math.floor(((PyFloat) a[0]).value)
                && !Double.isInfinite(((PyFloat) a[0]).value)));
        Methods.getter(PyFloat.TYPE, "real", o -> o);
        Methods.getter(PyFloat.TYPE, "imag", o -> new PyFloat(0.0));
        for (String op : new String[] {"and", "or", "xor"}) {
            int nb = op.equals("and") ? 1 : op.equals("or") ? 7 : 12;
            NativeFn1 f = a -> a[1] instanceof PyBool ? PyBool.of(nb == 1 ? a[0] == PyBool.TRUE && a[1] == PyBool.TRUE
                    : nb == 7 ? a[0] == PyBool.TRUE || a[1] == PyBool.TRUE : a[0] != a[1])
                    : binMethod(a[0], a[1], nb, false, false);
            Methods.def(PyBool.TYPE, "__" + op + "__", 1, 1, f);
            Methods.def(PyBool.TYPE, "__r" + op + "__", 1, 1, f);
        }
        Methods.def(PyBool.TYPE, "__repr__", 0, 0, a -> PyStr.of(a[0] == PyBool.TRUE ? "True" : "False"));
        Methods.staticNew(PyInt.TYPE, (cls, a, kw) -> {
            Args args = new Args("int", a, kw, new String[] {"", "base"}, 0, 2);
            if (cls != PyInt.TYPE) {
                PyInt r = (PyInt) TypeCalls.call(PyInt.TYPE, a, kw);
                return Sub.attach(r.isLong() ? new PyInt(r.longValue(), null) : new PyInt(0, r.bigValue()), cls);
            }
            PyObject x = args.get(0, null);
            PyObject base = args.get(1, null);
            if (x == null) {
                return PyInt.ZERO;
            }
            if (base != null) {
                if (x instanceof PyBytes bx) {
                    return parseBytesInt(bx, Abstract.index(base).intValue());
                }
                if (!(x instanceof PyStr s)) {
                    throw Exc.typeError("int() can't convert non-string with explicit base");
                }
                PyInt b = Abstract.index(base);
                if (!b.fitsLong() || (b.longValue() != 0 && (b.longValue() < 2 || b.longValue() > 36))) {
                    throw Exc.valueError("int() base must be >= 2 and <= 36, or 0");
                }
                return PyInt.parse(s.value(), (int) b.longValue());
            }
            return toInt(x);
        });
        Methods.staticNew(PyBool.TYPE, (cls, a, kw) -> {
            Args args = new Args("bool", a, kw, new String[] {""}, 0, 1);
            return PyBool.of(args.get(0, null) != null && Abstract.isTrue(args.get(0, null)));
        });
        Methods.staticNew(PyFloat.TYPE, (cls, a, kw) -> {
            Args args = new Args("float", a, kw, new String[] {""}, 0, 1);
            if (cls != PyFloat.TYPE) {
                PyFloat r = (PyFloat) TypeCalls.call(PyFloat.TYPE, a, kw);
                return Sub.attach(new PyFloat(r.value), cls);
            }
            PyObject x = args.get(0, null);
            if (x == null) {
                return new PyFloat(0.0);
            }
            if (x instanceof PyFloat) {
                return x;
            }
            if (x instanceof PyInt i) {
                return new PyFloat(i.doubleValue());
            }
            if (x instanceof PyStr s) {
                return PyFloat.parse(s.value());
            }
            if (x instanceof PyBytes b && x.type().lookup("__float__") == null) {
                String text = BytesMethods.latin1(b);
                if (text.chars().anyMatch(c -> c >= 128)) {
                    throw Exc.valueError("could not convert string to float: " + b.repr());
                }
                try {
                    return PyFloat.parse(text);
                } catch (PyException e) {
                    throw Exc.valueError("could not convert string to float: " + b.repr());
                }
            }
            PyObject r = Abstract.callSpecial(x, "__float__");
            if (r == null) {
                PyObject ix = x.type().lookup("__index__");
                if (ix != null) {
                    return new PyFloat(Abstract.index(x).doubleValue());
                }
                throw Exc.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
            }
            return r;
        });
    }

    interface NativeFn1 extends Methods.Fixed {}

    /** PyFloat_AsDouble: float, __float__, then __index__; TypeError "must be real number". */
    static double asDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyInt i) {
            return intToDouble(i);
        }
        if (x.type().lookup("__float__") != null) {
            PyObject r = Abstract.callSpecial(x, "__float__");
            if (!(r instanceof PyFloat f)) {
                throw Exc.typeError(x.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
            return f.value;
        }
        if (x.type().lookup("__index__") != null) {
            return intToDouble(Abstract.index(x));
        }
        throw Exc.typeError("must be real number, not " + x.type().name());
    }

    static double intToDouble(PyInt i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw Exc.overflow("int too large to convert to float");
        }
        return d;
    }

    static PyInt floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw Exc.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Exc.overflow("cannot convert float infinity to integer");
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    /** int(bytes[, base]): the bytes read as ASCII; errors show the bytes' repr. */
    static PyInt parseBytesInt(PyBytes b, int base) {
        try {
            return PyInt.parse(BytesMethods.latin1(b), base);
        } catch (PyException e) {
            if (Exc.matches(e, Exc.ValueError) && e.exc.args.size() == 1
                    && Abstract.str(e.exc.args.get(0)).value().startsWith("invalid literal")) {
                throw Exc.valueError("invalid literal for int() with base " + base + ": " + b.repr());
            }
            throw e;
        }
    }

    static PyInt toInt(PyObject x) {
        if (x instanceof PyInt i) {
            return PyInt.of(i.bigValue());
        }
        if (x instanceof PyFloat f) {
            return floatToInt(f.value);
        }
        if (x instanceof PyStr s) {
            return PyInt.parse(s.value(), 10);
        }
        if (x instanceof PyBytes b && x.type().lookup("__int__") == null && x.type().lookup("__index__") == null) {
            return parseBytesInt(b, 10);
        }
        PyObject r = Abstract.callSpecial(x, "__int__");
        if (r == null) {
            r = Abstract.callSpecial(x, "__index__");
        }
        if (r == null) {
            throw Exc.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + x.type().name() + "'");
        }
        if (!(r instanceof PyInt i)) {
            throw Exc.typeError("__int__ returned non-int (type " + r.type().name() + ")");
        }
        return i;
    }

    static PyObject divmod(PyObject a, PyObject b) {
        return new PyTuple(Abstract.binaryOp(a, b, 2), Abstract.binaryOp(a, b, 6));
    }
}
