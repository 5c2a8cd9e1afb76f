package pyj.objects;

import java.math.BigInteger;

/**
 * The int and float methods beyond arithmetic (rounding, hex, ratios, to/from bytes) and the
 * complex type (Objects/complexobject.c).
 */
final class NumberMethods {
    private NumberMethods() {}

    private static final PyObject NONE = PySingleton.NONE;

    static double f(PyObject o) {
        return ((PyFloat) o).value;
    }

    static PyInt big(BigInteger b) {
        return PyInt.of(b);
    }

    static RuntimeException fe(FormatError e) {
        return Methods.fromFormatError(e);
    }

    /** PyNumber_AsSsize_t(o, NULL): __index__, clamped to the Py_ssize_t range. */
    static long clampedIndex(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isLong()) {
            return i.longValue();
        }
        return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    static void install() {
        PyType ft = PyFloat.TYPE;
        Methods.def(ft, "__round__", 0, 1, a -> {
            try {
                if (a.length == 1 || a[1] == NONE) {
                    return big(FloatFormat.roundToInt(f(a[0])));
                }
                return new PyFloat(FloatFormat.round(f(a[0]), clampedIndex(a[1])));
            } catch (FormatError e) {
                throw fe(e);
            }
        });
        Methods.def(ft, "__trunc__", 0, 0, a -> Numbers.floatToInt(f(a[0])));
        Methods.def(ft, "__floor__", 0, 0, a -> Numbers.floatToInt(Math.floor(f(a[0]))));
        Methods.def(ft, "__ceil__", 0, 0, a -> Numbers.floatToInt(Math.ceil(f(a[0]))));
        Methods.def(ft, "conjugate", 0, 0, a -> new PyFloat(f(a[0])));
        Methods.def(ft, "hex", 0, 0, a -> PyStr.of(FloatFormat.hex(f(a[0]))));
        Methods.def(ft, "as_integer_ratio", 0, 0, a -> {
            try {
                BigInteger[] r = FloatFormat.asIntegerRatio(f(a[0]));
                return new PyTuple(big(r[0]), big(r[1]));
            } catch (FormatError e) {
                throw fe(e);
            }
        });
        ft.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            Args.checkPositional("float.fromhex", java.util.Arrays.copyOfRange(a, 1, a.length), k, 1, 1);
            if (!(a[1] instanceof PyStr s)) {
                throw Exc.typeError("fromhex() argument must be str, not " + a[1].type().name());
            }
            double d;
            try {
                d = FloatFormat.fromHex(s.value());
            } catch (FormatError e) {
                throw fe(e);
            }
            PyFloat r = new PyFloat(d);
            return a[0] == PyFloat.TYPE ? r : Abstract.call(a[0], r);
        })));
        ft.define("__getformat__", new PyClassMethod(new PyBuiltinFunction("__getformat__", (a, k) -> {
            String s = a.length > 1 && a[1] instanceof PyStr x ? x.value() : "";
            if (!s.equals("double") && !s.equals("float")) {
                throw Exc.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        })));

        PyType it = PyInt.TYPE;
        Methods.def(it, "__round__", 0, 1, a -> {
            PyInt self = (PyInt) a[0];
            if (a.length == 1 || a[1] == NONE) {
                return PyInt.of(self.bigValue());
            }
            PyInt nd = Abstract.index(a[1]);
            if (nd.signum() >= 0) {
                return PyInt.of(self.bigValue());
            }
            return big(Formatting.roundInt(self.bigValue(), nd.isLong() ? nd.longValue() : Long.MIN_VALUE));
        });
        for (String name : new String[] {"__trunc__", "__floor__", "__ceil__", "conjugate"}) {
            Methods.def(it, name, 0, 0, a -> PyInt.of(((PyInt) a[0]).bigValue()));
        }
        Methods.getter(it, "numerator", o -> PyInt.of(((PyInt) o).bigValue()));
        Methods.getter(it, "denominator", o -> PyInt.ONE);
        Methods.def(it, "as_integer_ratio", 0, 0, a -> new PyTuple(PyInt.of(((PyInt) a[0]).bigValue()), PyInt.ONE));
        Methods.def(it, "bit_count", 0, 0, a -> PyInt.of(((PyInt) a[0]).bigValue().abs().bitCount()));
        Methods.defKw(it, "to_bytes", (a, k) -> {
            Args args = new Args("to_bytes", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"length", "byteorder", "signed"}, 0, 2);
            long len = Abstract.index(args.get(0, PyInt.ONE)).ssize();
            boolean little = byteorder(args.get(1, PyStr.of("big")));
            boolean signed = Abstract.isTrue(args.get(2, PyBool.FALSE));
            if (len < 0) {
                throw Exc.valueError("length argument must be non-negative");
            }
            StrMethods.checkSize(len);
            BigInteger v = ((PyInt) a[0]).bigValue();
            if (!signed && v.signum() < 0) {
                throw Exc.overflow("can't convert negative int to unsigned");
            }
            int need = signed ? v.bitLength() + 1 : v.bitLength();
            if (need > len * 8) {
                throw Exc.overflow("int too big to convert");
            }
            byte[] two = v.toByteArray(); // big-endian two's complement
            byte[] out = new byte[(int) len];
            byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
            for (int i = 0; i < len; i++) {
                int src = two.length - 1 - i;
                out[(int) len - 1 - i] = src >= 0 ? two[src] : fill;
            }
            if (little) {
                reverse(out);
            }
            return PyBytes.of(out);
        });
        it.define("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", (a, k) -> {
            Args args = new Args("from_bytes", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"bytes", "byteorder", "signed"}, 1, 2);
            byte[] b = BytesMethods.toBytes(args.get(0, null)).clone();
            boolean little = byteorder(args.get(1, PyStr.of("big")));
            boolean signed = Abstract.isTrue(args.get(2, PyBool.FALSE));
            if (little) {
                reverse(b);
            }
            BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
            PyInt r = PyInt.of(v);
            return a[0] == PyInt.TYPE ? r : Abstract.call(a[0], r);
        })));
        installComplex();
    }

    private static boolean byteorder(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Exc.typeError("to_bytes() argument 'byteorder' must be str, not " + o.type().name());
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Exc.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    // ---- complex ----

    /** The operand as (re, im), or null if it is not int/float/complex (NotImplemented). */
    static double[] toComplex(PyObject o) {
        return switch (o) {
            case PyComplex c -> new double[] {c.real, c.imag};
            case PyFloat f -> new double[] {f.value, 0.0};
            case PyInt i -> new double[] {Numbers.intToDouble(i), 0.0};
            default -> null;
        };
    }

    /** _Py_c_quot: Smith's algorithm, with CPython's handling of infinities and NaNs. */
    static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw Exc.zeroDivision("complex division by zero");
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN}; // at least one of b's parts is NaN
    }

    static double[] mul(double ar, double ai, double br, double bi) {
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }

    /** _Py_c_pow; r[2] is set to 1 where C's cos/sin would set errno to EDOM (an infinite phase). */
    static double[] pow(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) {
            return new double[] {1.0, 0.0, 0};
        }
        if (ar == 0.0 && ai == 0.0) {
            return new double[] {0.0, 0.0, bi != 0.0 || br < 0.0 ? 1 : 0};
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase), Double.isInfinite(phase) ? 1 : 0};
    }

    /** c_powu: exponentiation by squaring for a non-negative integer exponent. */
    static double[] powu(double xr, double xi, long n) {
        double[] r = {1.0, 0.0};
        double[] p = {xr, xi};
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = mul(r[0], r[1], p[0], p[1]);
            }
            mask <<= 1;
            p = mul(p[0], p[1], p[0], p[1]);
        }
        return r;
    }

    /** complex_pow: c_powi for small integral exponents, else _Py_c_pow; errno as CPython maps it. */
    static PyObject complexPow(double[] a, double[] b, PyObject mod) {
        if (mod != null && mod != NONE) {
            throw Exc.valueError("complex modulo");
        }
        double[] r;
        boolean edom = false;
        if (b[1] == 0.0 && b[0] == Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) {
            int n = (int) b[0];
            if (n >= 0) {
                r = powu(a[0], a[1], n);
            } else {
                double[] p = powu(a[0], a[1], -(long) n);
                if (p[0] == 0.0 && p[1] == 0.0) {
                    edom = true; // c_quot by zero
                    r = new double[] {0.0, 0.0};
                } else {
                    r = quot(1.0, 0.0, p[0], p[1]);
                }
            }
        } else {
            r = pow(a[0], a[1], b[0], b[1]);
            edom = r[2] != 0;
        }
        if (edom) {
            throw Exc.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            throw Exc.overflow("complex exponentiation"); // _Py_ADJUST_ERANGE2
        }
        return new PyComplex(r[0], r[1]);
    }

    static PyObject complexOp(double[] x, double[] y, int nb) {
        return switch (nb) {
            case 0 -> new PyComplex(x[0] + y[0], x[1] + y[1]);
            case 10 -> new PyComplex(x[0] - y[0], x[1] - y[1]);
            case 5 -> {
                double[] r = mul(x[0], x[1], y[0], y[1]);
                yield new PyComplex(r[0], r[1]);
            }
            case 11 -> {
                double[] r = quot(x[0], x[1], y[0], y[1]);
                yield new PyComplex(r[0], r[1]);
            }
            case 8 -> complexPow(x, y, null);
            default -> PySingleton.NOT_IMPLEMENTED;
        };
    }

    static double abs(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw Exc.overflow("absolute value too large");
        }
        return r;
    }

    private static PyComplex c(PyObject o) {
        return (PyComplex) o;
    }

    private static void installComplex() {
        PyType t = PyComplex.TYPE;
        int[] ops = {0, 10, 5, 11, 8};
        for (int nb : ops) {
            Methods.def(t, "__" + Abstract.NB_NAMES[nb] + "__", 1, nb == 8 ? 2 : 1, a -> {
                double[] y = toComplex(a[1]);
                if (y == null) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                double[] x = {c(a[0]).real, c(a[0]).imag};
                return nb == 8 ? complexPow(x, y, a.length > 2 ? a[2] : null) : complexOp(x, y, nb);
            });
            Methods.def(t, "__r" + Abstract.NB_NAMES[nb] + "__", 1, nb == 8 ? 2 : 1, a -> {
                double[] y = toComplex(a[1]);
                if (y == null) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                double[] x = {c(a[0]).real, c(a[0]).imag};
                return nb == 8 ? complexPow(y, x, a.length > 2 ? a[2] : null) : complexOp(y, x, nb);
            });
        }
        Methods.def(t, "__neg__", 0, 0, a -> new PyComplex(-c(a[0]).real, -c(a[0]).imag));
        Methods.def(t, "__pos__", 0, 0, a -> new PyComplex(c(a[0]).real, c(a[0]).imag));
        Methods.def(t, "__abs__", 0, 0, a -> new PyFloat(abs(c(a[0]).real, c(a[0]).imag)));
        Methods.def(t, "__bool__", 0, 0, a -> PyBool.of(c(a[0]).real != 0 || c(a[0]).imag != 0));
        Methods.def(t, "__hash__", 0, 0, a -> PyInt.of(c(a[0]).hash()));
        Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(c(a[0]).repr()));
        Methods.def(t, "__format__", 1, 1, a -> Methods.formatSpec(a[0], a[1]));
        Methods.def(t, "conjugate", 0, 0, a -> new PyComplex(c(a[0]).real, -c(a[0]).imag));
        Methods.def(t, "__complex__", 0, 0, a -> new PyComplex(c(a[0]).real, c(a[0]).imag));
        Methods.def(t, "__getnewargs__", 0, 0, a -> new PyTuple(new PyFloat(c(a[0]).real), new PyFloat(c(a[0]).imag)));
        Methods.getter(t, "real", o -> new PyFloat(c(o).real));
        Methods.getter(t, "imag", o -> new PyFloat(c(o).imag));
        for (int op = 0; op < 6; op++) {
            final int o = op;
            Methods.def(t, Abstract.CMP_DUNDER[op], 1, 1, a -> {
                if (o != Abstract.EQ && o != Abstract.NE) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                PyComplex x = c(a[0]);
                boolean eq;
                if (a[1] instanceof PyInt i) {
                    // exact comparison with an int, as complex_richcompare does through float_richcompare
                    eq = x.imag == 0 && PyBool.TRUE == Abstract.richCompare(new PyFloat(x.real), i, Abstract.EQ);
                } else if (a[1] instanceof PyFloat fl) {
                    eq = x.imag == 0 && x.real == fl.value;
                } else if (a[1] instanceof PyComplex y) {
                    eq = x.real == y.real && x.imag == y.imag;
                } else {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                return PyBool.of(o == Abstract.EQ ? eq : !eq);
            });
        }
        Methods.staticNew(t, (cls, a, kw) -> {
            Args args = new Args("complex", a, kw, new String[] {"real", "imag"}, 0, 2);
            PyObject r = args.get(0, null);
            PyObject i = args.get(1, null);
            PyComplex v = construct(r, i);
            return cls == PyComplex.TYPE ? v : Sub.attach(new PyComplex(v.real, v.imag), cls);
        });
    }

    /** complex_new's argument handling. */
    static PyComplex construct(PyObject r, PyObject i) {
        if (r == null) {
            r = PyInt.ZERO;
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw Exc.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s.value());
        }
        if (i instanceof PyStr) {
            throw Exc.typeError("complex() second arg can't be a string");
        }
        double[] cr = complexArg(r, "first", true);
        boolean crComplex = cr.length == 3;
        double ciReal;
        boolean ciComplex = false;
        double ciImag = 0;
        if (i == null) {
            ciReal = cr[1];
        } else if (i instanceof PyComplex ic) {
            ciReal = ic.real;
            ciImag = ic.imag;
            ciComplex = true;
        } else {
            ciReal = complexArg(i, "second", false)[0];
        }
        double re = cr[0];
        if (ciComplex) {
            re -= ciImag;
        }
        if (crComplex && i != null) {
            ciReal += cr[1];
        }
        return new PyComplex(re, ciReal);
    }

    /** A length-3 array marks a complex (cr_is_complex). */
    private static double[] complexArg(PyObject o, String which, boolean first) {
        if (first && o instanceof PyComplex c) {
            return new double[] {c.real, c.imag, 1};
        }
        if (first && o.type().lookup("__complex__") != null) {
            PyObject r = Abstract.callSpecial(o, "__complex__");
            if (!(r instanceof PyComplex c)) {
                throw Exc.typeError("__complex__ returned non-complex (type " + r.type().name() + ")");
            }
            return new double[] {c.real, c.imag, 1};
        }
        if (o instanceof PyFloat || o instanceof PyInt || o.type().lookup("__float__") != null
                || o.type().lookup("__index__") != null) {
            return new double[] {Numbers.asDouble(o), 0.0};
        }
        throw Exc.typeError("complex() " + which + " argument must be " + (first ? "a string or " : "") + "a number, not '" + o.type().name() + "'");
    }

    /** complex(str): "[ws][(][ws]<float>[(+|-)<float>j | j][ws][)][ws]". */
    static PyComplex parse(String orig) {
        String str = StrMethods.asciiDigits(orig);
        if (str.indexOf('_') >= 0) {
            // _Py_string_to_number_with_underscores: '_' only between digits, then dropped
            char prev = 0;
            for (int i = 0; i < str.length(); i++) {
                char ch = str.charAt(i);
                if (ch == '_' ? !isDigit(prev) : prev == '_' && !isDigit(ch)) {
                    throw Exc.valueError("could not convert string to complex: " + PyStr.reprOf(orig));
                }
                prev = ch;
            }
            if (prev == '_') {
                throw Exc.valueError("could not convert string to complex: " + PyStr.reprOf(orig));
            }
            str = str.replace("_", "");
        }
        String s = str.strip();
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        int[] pos = {0};
        double x = 0;
        double y = 0;
        int n = s.length();
        Double first = floatPrefix(s, pos);
        if (first == null) {
            // "j", "+j", "-j"
            int p = 0;
            double sign = 1;
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                sign = s.charAt(p) == '-' ? -1 : 1;
                p++;
            }
            if (p == n - 1 && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
                return new PyComplex(0.0, sign);
            }
            throw malformed();
        }
        int p = pos[0];
        if (p == n) {
            return new PyComplex(first, 0.0);
        }
        char c = s.charAt(p);
        if ((c == 'j' || c == 'J') && p == n - 1) {
            return new PyComplex(0.0, first);
        }
        if (c == '+' || c == '-') {
            x = first;
            pos[0] = p;
            Double second = floatPrefix(s, pos);
            if (second == null) {
                // "1+j" / "1-j"
                if (p + 2 == n && (s.charAt(p + 1) == 'j' || s.charAt(p + 1) == 'J')) {
                    return new PyComplex(x, c == '-' ? -1.0 : 1.0);
                }
                throw malformed();
            }
            y = second;
            p = pos[0];
            if (p == n - 1 && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
                return new PyComplex(x, y);
            }
        }
        throw malformed();
    }

    private static PyException malformed() {
        return Exc.valueError("complex() arg is a malformed string");
    }

    /** A float literal (with sign, underscores between digits, inf/nan) at pos[0]; advances pos. */
    private static Double floatPrefix(String s, int[] pos) {
        int p = pos[0];
        int n = s.length();
        int start = p;
        if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            p++;
        }
        String rest = s.substring(p).toLowerCase(java.util.Locale.ROOT);
        for (String w : new String[] {"infinity", "inf", "nan"}) {
            if (rest.startsWith(w)) {
                pos[0] = p + w.length();
                double v = w.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
                return s.charAt(start) == '-' ? -v : v;
            }
        }
        int digitsStart = p;
        int nd = 0;
        p = digits(s, p);
        nd += p - digitsStart;
        if (p < n && s.charAt(p) == '.') {
            int q = digits(s, p + 1);
            nd += q - (p + 1);
            p = q;
        }
        if (nd == 0) {
            return null;
        }
        if (p < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            int e = digits(s, q);
            if (e > q) {
                p = e;
            }
        }
        pos[0] = p;
        return Double.parseDouble(s.substring(start, p).replace("_", ""));
    }

    /** Digits with single underscores between them, from p; returns the end (an underscore not followed by a digit is not consumed). */
    private static int digits(String s, int p) {
        int n = s.length();
        if (p >= n || !isDigit(s.charAt(p))) {
            return p;
        }
        p++;
        while (p < n) {
            if (isDigit(s.charAt(p))) {
                p++;
            } else if (s.charAt(p) == '_' && p + 1 < n && isDigit(s.charAt(p + 1))) {
                p += 2;
            } else {
                break;
            }
        }
        return p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
