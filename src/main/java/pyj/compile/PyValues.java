package pyj.compile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import pyj.code.CodeConstants;
import pyj.parse.ast.Constants;

/**
 * Python's semantics of the operators on compile-time constants, for the AST optimizer: int
 * ({@link BigInteger}, with bool as a subclass), float, complex, str, bytes and tuples. An
 * operation Python would raise on, or that pyj does not fold, throws {@link NotFoldable}.
 */
final class PyValues {
    private PyValues() {}

    static final class NotFoldable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFoldable() {
            super(null, null, false, false);
        }
    }

    private static NotFoldable no() {
        return new NotFoldable();
    }

    static boolean isTrue(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case BigInteger i -> i.signum() != 0;
            case Double d -> d != 0.0;
            case Constants.Imaginary j -> j.imag() != 0.0;
            case CodeConstants.Complex c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case Constants.CodePointStr s -> s.codePoints().length > 0;
            case Constants.Bytes b -> b.value().length > 0;
            case Constants.Singleton s -> s == Constants.Singleton.ELLIPSIS;
            case CodeConstants.Tuple t -> !t.items().isEmpty();
            case CodeConstants.FrozenSet f -> !f.items().isEmpty();
            default -> true;
        };
    }

    static boolean isInt(Object v) {
        return v instanceof BigInteger || v instanceof Boolean;
    }

    static BigInteger asInt(Object v) {
        if (v instanceof BigInteger i) {
            return i;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw no();
    }

    static boolean isStrOrBytes(Object v) {
        return v instanceof String || v instanceof Constants.Bytes || v instanceof Constants.CodePointStr;
    }

    static int len(Object v) {
        return switch (v) {
            case String s -> s.codePointCount(0, s.length());
            case Constants.CodePointStr s -> s.codePoints().length;
            case Constants.Bytes b -> b.value().length;
            default -> throw no();
        };
    }

    private static boolean isFloat(Object v) {
        return v instanceof Double;
    }

    private static boolean isComplex(Object v) {
        return v instanceof Constants.Imaginary || v instanceof CodeConstants.Complex;
    }

    private static boolean isNumber(Object v) {
        return isInt(v) || isFloat(v) || isComplex(v);
    }

    static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger i = asInt(v);
        if (i.bitLength() > 1024) {
            throw no(); // OverflowError
        }
        double d = new BigDecimal(i).doubleValue();
        if (Double.isInfinite(d)) {
            throw no();
        }
        return d;
    }

    private static double re(Object v) {
        return switch (v) {
            case Constants.Imaginary j -> 0.0;
            case CodeConstants.Complex c -> c.real();
            default -> toDouble(v);
        };
    }

    private static double im(Object v) {
        return switch (v) {
            case Constants.Imaginary j -> j.imag();
            case CodeConstants.Complex c -> c.imag();
            default -> 0.0;
        };
    }

    static Object complex(double re, double im) {
        if (re == 0.0 && 1 / re > 0) {
            return new Constants.Imaginary(im);
        }
        return new CodeConstants.Complex(re, im);
    }

    static Object positive(Object v) {
        if (isInt(v)) {
            return asInt(v);
        }
        if (isFloat(v) || isComplex(v)) {
            return v;
        }
        throw no();
    }

    static Object negative(Object v) {
        if (isInt(v)) {
            return asInt(v).negate();
        }
        if (v instanceof Double d) {
            return -d;
        }
        if (isComplex(v)) {
            return complex(-re(v), -im(v));
        }
        throw no();
    }

    static Object add(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (isInt(a) && isInt(b)) {
                return asInt(a).add(asInt(b));
            }
            if (isComplex(a) || isComplex(b)) {
                return complex(re(a) + re(b), im(a) + im(b));
            }
            return toDouble(a) + toDouble(b);
        }
        if (a instanceof String x && b instanceof String y) {
            return x + y;
        }
        if (a instanceof Constants.Bytes x && b instanceof Constants.Bytes y) {
            byte[] r = new byte[x.value().length + y.value().length];
            System.arraycopy(x.value(), 0, r, 0, x.value().length);
            System.arraycopy(y.value(), 0, r, x.value().length, y.value().length);
            return new Constants.Bytes(r);
        }
        if (a instanceof CodeConstants.Tuple x && b instanceof CodeConstants.Tuple y) {
            List<Object> r = new ArrayList<>(x.items());
            r.addAll(y.items());
            return new CodeConstants.Tuple(r);
        }
        throw no();
    }

    static Object sub(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (isInt(a) && isInt(b)) {
                return asInt(a).subtract(asInt(b));
            }
            if (isComplex(a) || isComplex(b)) {
                return complex(re(a) - re(b), im(a) - im(b));
            }
            return toDouble(a) - toDouble(b);
        }
        throw no();
    }

    static Object mul(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (isInt(a) && isInt(b)) {
                return asInt(a).multiply(asInt(b));
            }
            if (isComplex(a) || isComplex(b)) {
                double ar = re(a);
                double ai = im(a);
                double br = re(b);
                double bi = im(b);
                return complex(ar * br - ai * bi, ar * bi + ai * br);
            }
            return toDouble(a) * toDouble(b);
        }
        if (isInt(a) && !isInt(b)) {
            return mul(b, a);
        }
        if (isInt(b)) {
            int n = Math.max(0, asInt(b).intValueExact());
            switch (a) {
                case String s -> {
                    return s.repeat(n);
                }
                case Constants.Bytes x -> {
                    byte[] r = new byte[x.value().length * n];
                    for (int i = 0; i < n; i++) {
                        System.arraycopy(x.value(), 0, r, i * x.value().length, x.value().length);
                    }
                    return new Constants.Bytes(r);
                }
                case CodeConstants.Tuple t -> {
                    List<Object> r = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        r.addAll(t.items());
                    }
                    return new CodeConstants.Tuple(r);
                }
                default -> throw no();
            }
        }
        throw no();
    }

    static Object trueDiv(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            throw no();
        }
        if (isComplex(a) || isComplex(b)) {
            double[] q = complexQuot(re(a), im(a), re(b), im(b));
            return complex(q[0], q[1]);
        }
        if (isInt(a) && isInt(b)) {
            BigInteger x = asInt(a);
            BigInteger y = asInt(b);
            if (y.signum() == 0) {
                throw no();
            }
            if (x.bitLength() <= 53 && y.bitLength() <= 53) {
                return x.doubleValue() / y.doubleValue();
            }
            double d = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(40)).doubleValue();
            if (Double.isInfinite(d)) {
                throw no();
            }
            return d;
        }
        double y = toDouble(b);
        if (y == 0.0) {
            throw no();
        }
        return toDouble(a) / y;
    }

    /** _Py_c_quot (Smith's method); division by zero is not folded (ZeroDivisionError). */
    private static double[] complexQuot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw no();
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** _Py_c_prod */
    private static double[] complexProd(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    /**
     * complex_pow for a small integral exponent (c_powi: repeated squaring, then 1/x for a
     * negative one). Other complex powers go through libm (_Py_c_pow) and are not folded.
     */
    private static Object complexPow(Object a, Object b) {
        double br = re(b);
        if (im(b) != 0.0 || br != Math.floor(br) || Math.abs(br) > 100.0) {
            throw no();
        }
        long n = (long) br;
        double[] x = {re(a), im(a)};
        double[] r = {1.0, 0.0};
        double[] p = x;
        for (long mask = 1, e = Math.abs(n); mask > 0 && e >= mask; mask <<= 1) {
            if ((e & mask) != 0) {
                r = complexProd(r, p);
            }
            p = complexProd(p, p);
        }
        if (n < 0) {
            r = complexQuot(1.0, 0.0, r[0], r[1]);
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            throw no(); // OverflowError: complex exponentiation
        }
        return complex(r[0], r[1]);
    }

    private static double[] floatDivmod(double vx, double wx) {
        if (wx == 0.0) {
            throw no();
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    static Object floorDiv(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            BigInteger y = asInt(b);
            if (y.signum() == 0) {
                throw no();
            }
            BigInteger[] qr = asInt(a).divideAndRemainder(y);
            if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                return qr[0].subtract(BigInteger.ONE);
            }
            return qr[0];
        }
        if ((isInt(a) || isFloat(a)) && (isInt(b) || isFloat(b))) {
            return floatDivmod(toDouble(a), toDouble(b))[0];
        }
        throw no();
    }

    static Object mod(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            BigInteger y = asInt(b);
            if (y.signum() == 0) {
                throw no();
            }
            BigInteger r = asInt(a).mod(y.abs());
            if (y.signum() < 0 && r.signum() != 0) {
                r = r.add(y);
            }
            return r;
        }
        if ((isInt(a) || isFloat(a)) && (isInt(b) || isFloat(b))) {
            return floatDivmod(toDouble(a), toDouble(b))[1];
        }
        throw no();
    }

    static Object pow(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            BigInteger x = asInt(a);
            BigInteger y = asInt(b);
            if (y.signum() >= 0) {
                return x.pow(y.intValueExact());
            }
            if (x.signum() == 0) {
                throw no();
            }
            return floatPow(toDouble(a), toDouble(b));
        }
        if ((isInt(a) || isFloat(a)) && (isInt(b) || isFloat(b))) {
            return floatPow(toDouble(a), toDouble(b));
        }
        if (isNumber(a) && isNumber(b)) {
            return complexPow(a, b);
        }
        throw no();
    }

    private static double floatPow(double x, double y) {
        if (x == 0.0 && y < 0) {
            throw no();
        }
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            throw no(); // a complex result: not folded here
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw no();
        }
        return r;
    }

    static Object lshift(Object a, Object b) {
        BigInteger y = asInt(b);
        if (y.signum() < 0) {
            throw no();
        }
        return asInt(a).shiftLeft(y.intValueExact());
    }

    static Object rshift(Object a, Object b) {
        BigInteger y = asInt(b);
        if (y.signum() < 0) {
            throw no();
        }
        if (y.bitLength() > 31) {
            return asInt(a).signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        }
        return asInt(a).shiftRight(y.intValue());
    }

    static Object bitop(Object a, Object b, char op) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return switch (op) {
                case '&' -> x & y;
                case '|' -> x | y;
                default -> x ^ y;
            };
        }
        BigInteger x = asInt(a);
        BigInteger y = asInt(b);
        return switch (op) {
            case '&' -> x.and(y);
            case '|' -> x.or(y);
            default -> x.xor(y);
        };
    }

    static Object getItem(Object a, Object i) {
        if (!isInt(i)) {
            throw no();
        }
        BigInteger bi = asInt(i);
        if (bi.bitLength() > 31) {
            throw no();
        }
        int idx = bi.intValue();
        switch (a) {
            case String s -> {
                int[] cps = s.codePoints().toArray();
                int k = idx < 0 ? idx + cps.length : idx;
                if (k < 0 || k >= cps.length) {
                    throw no();
                }
                if (Character.isSurrogate((char) cps[k]) && cps[k] < 0x10000) {
                    throw no();
                }
                return new String(cps, k, 1);
            }
            case Constants.Bytes b -> {
                int k = idx < 0 ? idx + b.value().length : idx;
                if (k < 0 || k >= b.value().length) {
                    throw no();
                }
                return BigInteger.valueOf(b.value()[k] & 0xff);
            }
            case CodeConstants.Tuple t -> {
                int k = idx < 0 ? idx + t.items().size() : idx;
                if (k < 0 || k >= t.items().size()) {
                    throw no();
                }
                return t.items().get(k);
            }
            default -> throw no();
        }
    }
}
