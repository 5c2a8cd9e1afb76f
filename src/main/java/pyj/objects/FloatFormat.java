package pyj.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's float to text conversions (Python/pystrtod.c's PyOS_double_to_string over
 * Python/dtoa.c) and the float methods built on the same exact arithmetic: repr, hex, fromhex,
 * round, as_integer_ratio.
 *
 * <p>Digits come from one of dtoa's three modes: 0 (shortest round-trip, via the JDK's
 * shortest-decimal {@link Double#toString}), 2 (n significant digits) and 3 (n digits after the
 * point). Modes 2 and 3 round the exact binary value half-even, as dtoa does: with 128-bit integer
 * arithmetic when the numbers fit, else with {@link BigDecimal}. As in dtoa, digit strings never
 * end in '0' (except the lone "0" of zero).
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Flags of PyOS_double_to_string. */
    public static final int SIGN = 1;
    public static final int ADD_DOT_0 = 2;
    public static final int ALT = 4;
    public static final int NO_NEG_0 = 8;

    /** repr(float) and str(float). */
    public static String repr(double d) {
        StringBuilder sb = new StringBuilder(24);
        appendRepr(sb, d);
        return sb.toString();
    }

    public static void appendRepr(StringBuilder sb, double d) {
        format(sb, d, 'r', 0, ADD_DOT_0);
    }

    /** The 'r' format without ".0", as complex's repr prints its parts: 1, 1e+16, -0. */
    public static void appendReprNoDot0(StringBuilder sb, double d) {
        format(sb, d, 'r', 0, 0);
    }

    /** repr(complex) and str(complex): "1j", "(1-2j)", "(nan+infj)"; a +0.0 real part is left out. */
    public static String complexRepr(double re, double im) {
        StringBuilder sb = new StringBuilder(32);
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            format(sb, im, 'r', 0, 0);
            return sb.append('j').toString();
        }
        sb.append('(');
        format(sb, re, 'r', 0, 0);
        format(sb, im, 'r', 0, SIGN);
        return sb.append("j)").toString();
    }

    /**
     * PyOS_double_to_string: code is one of e E f F g G r; for 'r' precision must be 0. Upper-case
     * codes give INF, NAN and E.
     */
    public static String toString(double d, char code, int precision, int flags) {
        StringBuilder sb = new StringBuilder(32);
        format(sb, d, code, precision, flags);
        return sb.toString();
    }

    public static void format(StringBuilder sb, double d, char code, int precision, int flags) {
        boolean upper = false;
        int mode;
        switch (code) {
            case 'E', 'e' -> {
                upper = code == 'E';
                code = 'e';
                mode = 2;
                precision++;
            }
            case 'F', 'f' -> {
                upper = code == 'F';
                code = 'f';
                mode = 3;
            }
            case 'G', 'g' -> {
                upper = code == 'G';
                code = 'g';
                mode = 2;
                if (precision == 0) {
                    precision = 1; // precision 0 makes no sense for 'g'
                }
            }
            case 'r' -> {
                mode = 0;
                if (precision != 0) {
                    throw new IllegalArgumentException("'r' takes no precision");
                }
            }
            default -> throw new IllegalArgumentException("format code " + code);
        }
        if (precision > Integer.MAX_VALUE - 400) {
            // The text would not fit a Java String; CPython would try to allocate it.
            throw new FormatError(FormatError.Kind.MEMORY_ERROR, "");
        }
        formatShort(sb, d, code, mode, precision, flags, upper);
    }

    /** Digits as dtoa returns them: value = 0.d1d2...dn * 10^decpt. */
    static final class Digits {
        char[] buf = new char[32];
        int n;
        int decpt;

        void set(String s, int decpt) {
            int len = s.length();
            while (len > 1 && s.charAt(len - 1) == '0') {
                len--;
            }
            if (buf.length < len) {
                buf = new char[len];
            }
            s.getChars(0, len, buf, 0);
            n = len;
            this.decpt = decpt;
        }

        void setLong(long v, int decptAdjust) {
            // v > 0; value = v * 10^-decptAdjust... callers pass decpt of the last digit
            int len = 0;
            char[] tmp = new char[20];
            while (v != 0) {
                tmp[len++] = (char) ('0' + v % 10);
                v /= 10;
            }
            int skip = 0;
            while (skip < len - 1 && tmp[skip] == '0') {
                skip++;
            }
            n = len - skip;
            for (int i = 0; i < n; i++) {
                buf[i] = tmp[len - 1 - i];
            }
            decpt = len + decptAdjust;
        }
    }

    /** format_float_short: dtoa digits laid out for code e, f, g or r. */
    private static void formatShort(StringBuilder sb, double d, char code, int mode, int precision, int flags,
            boolean upper) {
        boolean negative = (Double.doubleToRawLongBits(d) < 0);
        if (Double.isNaN(d)) {
            if ((flags & SIGN) != 0) {
                sb.append('+'); // the sign of a nan is ignored
            }
            sb.append(upper ? "NAN" : "nan");
            return;
        }
        if (Double.isInfinite(d)) {
            if (negative) {
                sb.append('-');
            } else if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            sb.append(upper ? "INF" : "inf");
            return;
        }
        Digits dg = new Digits();
        double a = Math.abs(d);
        switch (mode) {
            case 0 -> shortest(a, dg);
            case 2 -> significant(a, precision, dg);
            default -> fixed(a, precision, dg);
        }
        char[] digits = dg.buf;
        int nd = dg.n;
        int decpt = dg.decpt;
        if ((flags & NO_NEG_0) != 0 && negative && (nd == 0 || (nd == 1 && digits[0] == '0'))) {
            negative = false; // 'z': the value rounded to zero
        }
        boolean alt = (flags & ALT) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean useExp = false;
        int exp = 0;
        int vEnd = nd;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vEnd = precision;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vEnd = precision;
                }
            }
            default -> { // 'r': exponent from 1e16 on
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        // Output the slice [vStart, vEnd) of the digits padded with zeros on both sides, with the
        // point after position decpt; vStart < decpt <= vEnd.
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        if (negative) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vStart);
        }
        if (0 < decpt && decpt <= nd) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, nd - decpt);
        } else {
            sb.append(digits, 0, nd);
        }
        if (nd < decpt) {
            zeros(sb, decpt - nd);
            sb.append('.');
            zeros(sb, vEnd - decpt);
        } else {
            zeros(sb, vEnd - nd);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ax = Math.abs(exp);
            if (ax < 10) {
                sb.append('0');
            }
            sb.append(ax);
        }
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    // ---- dtoa's modes, for a >= 0 finite ----

    /** Mode 0: the shortest digits that read back as a (the closest such when several). */
    static void shortest(double a, Digits out) {
        if (a == 0) {
            out.set("0", 1);
            return;
        }
        // Since JDK 19 Double.toString yields the shortest decimal that rounds back to a (closest
        // among equals), except that it never gives fewer than 2 digits: fix that case below.
        String js = Double.toString(a);
        char[] digits = out.buf;
        int nd = 0;
        int e = js.indexOf('E');
        int mantEnd = e < 0 ? js.length() : e;
        int exp10 = e < 0 ? 0 : Integer.parseInt(js, e + 1, js.length(), 10);
        boolean seenPoint = false;
        int intDigits = 0;
        boolean leading = true;
        int leadingFracZeros = 0;
        for (int i = 0; i < mantEnd; i++) {
            char c = js.charAt(i);
            if (c == '.') {
                seenPoint = true;
                continue;
            }
            if (leading && c == '0') {
                if (seenPoint) {
                    leadingFracZeros++;
                }
                continue;
            }
            leading = false;
            digits[nd++] = c;
            if (!seenPoint) {
                intDigits++;
            }
        }
        while (nd > 1 && digits[nd - 1] == '0') {
            nd--;
        }
        int decpt = (intDigits > 0 ? intDigits : -leadingFracZeros) + exp10;
        if (nd == 2) {
            nd = tryOneDigit(a, digits, decpt);
            if (nd == 1 && digits[0] == ':') { // rounded 9.x up to 10: one digit, next decade
                digits[0] = '1';
                decpt++;
            }
        }
        out.n = nd;
        out.decpt = decpt;
    }

    /**
     * Java printed two digits; if a single digit also rounds back to a, Python prints that one
     * (the closer one when both neighbours do). Returns the digit count, updating digits.
     */
    private static int tryOneDigit(double a, char[] digits, int decpt) {
        int lo = digits[0] - '0';
        int hi = lo + 1;
        boolean loOk = parses(lo, decpt, a);
        boolean hiOk = parses(hi, decpt, a);
        if (!loOk && !hiOk) {
            return 2;
        }
        int pick;
        if (loOk && hiOk) {
            BigDecimal exact = new BigDecimal(a);
            BigDecimal dl = exact.subtract(new BigDecimal(BigInteger.valueOf(lo), 1 - decpt)).abs();
            BigDecimal dh = new BigDecimal(BigInteger.valueOf(hi), 1 - decpt).subtract(exact).abs();
            int cmp = dl.compareTo(dh);
            pick = cmp < 0 ? lo : cmp > 0 ? hi : (lo % 2 == 0 ? lo : hi);
        } else {
            pick = loOk ? lo : hi;
        }
        digits[0] = (char) ('0' + pick); // 10 becomes ':' and is fixed by the caller
        return 1;
    }

    private static boolean parses(int digit, int decpt, double a) {
        return digit != 0 && Double.parseDouble(digit + "e" + (decpt - 1)) == a;
    }

    /** Mode 2: n >= 1 significant digits, rounded half-even. */
    static void significant(double a, int n, Digits out) {
        if (a == 0) {
            out.set("0", 1);
            return;
        }
        if (n <= 17) {
            // Guess the decimal exponent, round at the matching scale exactly, and check the digit
            // count; a wrong guess (log10 is off near powers of ten) shows as too many or too few.
            int s = n - ((int) Math.floor(Math.log10(a)) + 1);
            for (int attempt = 0; attempt < 2 && s >= 0 && s <= 18; attempt++) {
                long q = fixedQ(a, s);
                if (q < 0) {
                    break;
                }
                if (q > POW10[n]) {
                    s--;
                } else if (q < POW10[n - 1]) {
                    s++;
                } else if (q == POW10[n - 1]) {
                    break; // maybe a carry at the wrong scale: let BigDecimal decide
                } else {
                    out.setLong(q, -s); // q == 10^n is a carry into the next decade: "1"
                    return;
                }
            }
        }
        significantExact(a, n, out);
    }

    /** Mode 2 by BigDecimal alone (also the reference the fast path is tested against). */
    static void significantExact(double a, int n, Digits out) {
        n = Math.min(n, 800); // a double has at most 767 significant digits
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        out.set(u, u.length() - r.scale());
    }

    /** Mode 3: digits up to 10^-n (n may be negative), rounded half-even; "" when that is 0. */
    static void fixed(double a, int n, Digits out) {
        if (a == 0) {
            out.set("0", 1);
            return;
        }
        if (n >= 0 && n <= 18) {
            long q = fixedQ(a, n);
            if (q == 0) {
                out.n = 0;
                out.decpt = -n;
                return;
            }
            if (q > 0) {
                out.setLong(q, -n);
                return;
            }
        }
        fixedExact(a, n, out);
    }

    /** Mode 3 by BigDecimal alone (also the reference the fast path is tested against). */
    static void fixedExact(double a, int n, Digits out) {
        // A double has at most 1074 digits after the point: beyond that rounding changes nothing,
        // and BigDecimal need not build a huge scale.
        n = Math.min(n, 1100);
        BigDecimal r = new BigDecimal(a).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            out.n = 0;
            out.decpt = -n;
            return;
        }
        String u = r.unscaledValue().toString();
        out.set(u, u.length() - n);
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * round(a * 10^n) half-even, for a = m * 2^e (m < 2^53) and 0 <= n <= 18: m * 10^n / 2^-e
     * is a 128-bit product shifted right, so the rounding is exact integer arithmetic. Returns -1
     * when the result would not fit a long.
     */
    private static long fixedQ(double a, int n) {
        long bits = Double.doubleToRawLongBits(a);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xfffffffffffffL;
        if (be == 0) {
            be = 1;
        } else {
            m |= 1L << 52;
        }
        int e = be - 1075;
        long p = POW10[n];
        if (e >= 0) {
            if (e > 10 || m > (Long.MAX_VALUE >> e) / p) {
                return -1;
            }
            return (m << e) * p;
        }
        int k = -e; // a * 10^n = (m * p) / 2^k
        long hi = Math.multiplyHigh(m, p); // m < 2^53, p < 2^60: the product is non-negative
        long lo = m * p;
        long q;
        boolean roundUp;
        if (k >= 128) {
            return -1;
        }
        if (k < 64) {
            // q = (hi:lo) >> k must fit in 63 bits
            if ((hi >>> k) != 0) {
                return -1;
            }
            q = k == 0 ? lo : (lo >>> k) | (hi << (64 - k));
            if (q < 0) {
                return -1;
            }
            if (k == 0) {
                roundUp = false;
            } else {
                // remainder = low k bits of (hi:lo), compared with 2^(k-1)
                long rem = k == 64 ? lo : lo & ((1L << k) - 1);
                long half = 1L << (k - 1);
                int c = Long.compareUnsigned(rem, half);
                roundUp = c > 0 || (c == 0 && (q & 1) != 0);
            }
        } else {
            int s = k - 64; // 0 <= s < 64
            q = s == 0 ? hi : hi >>> s;
            long remHi = s == 0 ? 0 : hi & ((1L << s) - 1);
            // remainder = remHi:lo compared with 2^(k-1) = (s == 0 ? 0:2^63 : 2^(s-1):0)
            int c;
            if (s == 0) {
                c = Long.compareUnsigned(lo, Long.MIN_VALUE);
            } else {
                long halfHi = 1L << (s - 1);
                c = remHi != halfHi ? Long.compare(remHi, halfHi) : (lo != 0 ? 1 : 0);
            }
            roundUp = c > 0 || (c == 0 && (q & 1) != 0);
        }
        if (roundUp && q == Long.MAX_VALUE) {
            return -1;
        }
        return roundUp ? q + 1 : q;
    }

    // ---- float methods ----

    /** float.hex(). */
    public static String hex(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return repr(d);
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xfffffffffffffL;
        String lead = be == 0 ? "0" : "1";
        int e = be == 0 ? -1022 : be - 1023;
        String frac = Long.toHexString(m | (1L << 52)).substring(1); // 13 digits with leading zeros
        return sign + "0x" + lead + "." + frac + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static int hexDigit(String s, int i) {
        if (i >= s.length()) {
            return -1;
        }
        char c = s.charAt(i);
        return c <= 'f' ? Character.digit(c, 16) : -1;
    }

    private static FormatError badHex() {
        return FormatError.value("invalid hexadecimal floating-point string");
    }

    /** float.fromhex(s). */
    public static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int end = n;
        while (end > i && isSpace(s.charAt(end - 1))) {
            end--;
        }
        String t = s.substring(i, end);
        Double special = parseInfOrNan(t);
        if (special != null) {
            return special;
        }
        int p = 0;
        int len = t.length();
        boolean negate = false;
        if (p < len && (t.charAt(p) == '-' || t.charAt(p) == '+')) {
            negate = t.charAt(p) == '-';
            p++;
        }
        if (p + 1 < len && t.charAt(p) == '0' && (t.charAt(p + 1) == 'x' || t.charAt(p + 1) == 'X')) {
            p += 2;
        }
        StringBuilder hexDigits = new StringBuilder();
        int ndigits = 0;
        int fdigits = 0;
        while (hexDigit(t, p) >= 0) {
            hexDigits.append(t.charAt(p++));
            ndigits++;
        }
        if (p < len && t.charAt(p) == '.') {
            p++;
            while (hexDigit(t, p) >= 0) {
                hexDigits.append(t.charAt(p++));
                ndigits++;
                fdigits++;
            }
        }
        if (ndigits == 0) {
            throw badHex();
        }
        long exp = 0;
        if (p < len && (t.charAt(p) == 'p' || t.charAt(p) == 'P')) {
            p++;
            boolean eneg = false;
            if (p < len && (t.charAt(p) == '-' || t.charAt(p) == '+')) {
                eneg = t.charAt(p) == '-';
                p++;
            }
            if (p >= len || t.charAt(p) < '0' || t.charAt(p) > '9') {
                throw badHex();
            }
            while (p < len && t.charAt(p) >= '0' && t.charAt(p) <= '9') {
                // strtol saturates; anything beyond 2^40 is as good as infinite here
                exp = Math.min(exp * 10 + (t.charAt(p) - '0'), 1L << 40);
                p++;
            }
            if (eneg) {
                exp = -exp;
            }
        }
        if (p != len) {
            throw badHex();
        }
        BigInteger mant = hexDigits.length() <= 15 ? BigInteger.valueOf(Long.parseLong(hexDigits.toString(), 16))
                : new BigInteger(hexDigits.toString(), 16);
        if (mant.signum() == 0) {
            return negate ? -0.0 : 0.0;
        }
        long e2 = exp - 4L * fdigits; // value = mant * 2^e2
        double r = scaleRound(mant, e2);
        if (Double.isInfinite(r)) {
            throw FormatError.overflow("hexadecimal value too large to represent as a float");
        }
        return negate ? -r : r;
    }

    /** inf, infinity, nan with an optional sign, case-insensitive; null when t is none of them. */
    private static Double parseInfOrNan(String t) {
        int p = 0;
        boolean neg = false;
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            neg = t.charAt(0) == '-';
            p = 1;
        }
        String w = t.substring(p);
        if (w.equalsIgnoreCase("inf") || w.equalsIgnoreCase("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (w.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        return null;
    }

    /** mant * 2^e2 correctly rounded (half-even) to a double; infinity when it overflows. */
    static double scaleRound(BigInteger mant, long e2) {
        int bl = mant.bitLength();
        long top = bl + e2; // value in [2^(top-1), 2^top)
        if (top > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        if (top < -1080) {
            return 0.0;
        }
        // Significant bits available: 53 for normals, fewer for subnormals (lowest bit 2^-1074).
        long keep = Math.min(53, top + 1074);
        long shift = bl - keep;
        BigInteger q;
        if (shift <= 0) {
            q = mant;
        } else {
            q = mant.shiftRight((int) shift);
            BigInteger rem = mant.subtract(q.shiftLeft((int) shift));
            int c = rem.compareTo(BigInteger.ONE.shiftLeft((int) shift - 1));
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
        }
        long scale = e2 + Math.max(shift, 0);
        // q < 2^54 and the result is representable (or overflows to infinity), so scalb is exact.
        return Math.scalb(q.doubleValue(), (int) scale);
    }

    /**
     * round(x, ndigits) for a float: correctly rounded half-even on the exact value. ndigits is
     * clipped to a Py_ssize_t by the caller, as CPython's PyNumber_AsSsize_t does.
     */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x)) {
            return x;
        }
        if (ndigits > 323) { // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2): x is already that precise
            return x;
        }
        if (ndigits < -308) { // -(DBL_MAX_EXP + 1) * log10(2): everything rounds to zero
            return 0.0 * x;
        }
        Digits dg = new Digits();
        fixed(Math.abs(x), (int) ndigits, dg);
        double r;
        if (dg.n == 0) {
            r = 0.0;
        } else {
            r = Double.parseDouble(new String(dg.buf, 0, dg.n) + "e" + (dg.decpt - dg.n));
        }
        if (Double.isInfinite(r)) {
            throw FormatError.overflow("rounded value too large to represent");
        }
        return x < 0 || (x == 0 && 1 / x < 0) ? -r : r;
    }

    /** round(x) with no ndigits: the nearest integer, ties to even, as a Python int. */
    public static BigInteger roundToInt(double x) {
        return toBigInteger(Math.rint(x));
    }

    /** int(x) for a float (truncation), with CPython's errors for inf and nan. */
    public static BigInteger toBigInteger(double x) {
        if (Double.isNaN(x)) {
            throw FormatError.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw FormatError.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 0x1p63) {
            return BigInteger.valueOf((long) x);
        }
        return new BigDecimal(x).toBigInteger();
    }

    /** float.as_integer_ratio(): {numerator, denominator}, lowest terms, denominator > 0. */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw FormatError.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw FormatError.value("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xfffffffffffffL;
        if (be == 0) {
            be = 1;
        } else {
            m |= 1L << 52;
        }
        int e = be - 1075;
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        BigInteger num = BigInteger.valueOf(bits < 0 ? -m : m);
        if (e >= 0) {
            return new BigInteger[] {num.shiftLeft(e), BigInteger.ONE};
        }
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-e)};
    }
}
