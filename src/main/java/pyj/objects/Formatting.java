package pyj.objects;

import java.math.BigInteger;

/**
 * {@code format(value, spec)} for int, float, complex and str, as CPython 3.11's
 * Python/formatter_unicode.c does it. Values are plain Java values; {@code typeName} is the Python
 * type's name, used only in error messages (so {@code bool} can reuse the int path).
 *
 * <p>An empty spec means {@code str(value)}; these methods return the plain rendering for it
 * (decimal digits, repr of the float, the string), which is right for exact int/float/str but not
 * for subclasses such as bool: the object model calls {@code str()} itself in that case.
 */
public final class Formatting {
    private Formatting() {}

    /** sys.get_int_max_str_digits(): the limit on decimal digits of int to str (0 = none). */
    public static volatile int intMaxStrDigits = 4300;

    // ---- int ----

    public static String formatInt(long v, String spec) {
        return formatInt(v, spec, "int");
    }

    public static String formatInt(long v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return Long.toString(v); // the common case: f"{n}"
        }
        return formatInt(v, null, FormatSpec.parse(spec, 'd', '>', typeName), typeName);
    }

    public static String formatInt(BigInteger v, String spec) {
        return formatInt(v, spec, "int");
    }

    public static String formatInt(BigInteger v, String spec, String typeName) {
        if (v.bitLength() < 64) {
            return formatInt(v.longValue(), spec, typeName);
        }
        if (spec.isEmpty()) {
            return bigToString(v, 10);
        }
        return formatInt(0, v, FormatSpec.parse(spec, 'd', '>', typeName), typeName);
    }

    /** Formats the int big (or small when big is null) with a parsed spec. */
    public static String formatInt(long small, BigInteger big, FormatSpec f, String typeName) {
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                return formatIntInternal(small, big, f);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                double d;
                if (big == null) {
                    d = small;
                } else {
                    d = big.doubleValue();
                    if (Double.isInfinite(d)) {
                        throw FormatError.overflow("int too large to convert to float");
                    }
                }
                StringBuilder sb = new StringBuilder();
                formatFloatInternal(sb, d, f);
                return sb.toString();
            }
            default -> throw FormatSpec.unknownCode(f.type, typeName);
        }
    }

    private static String formatIntInternal(long small, BigInteger big, FormatSpec f) {
        if (f.precision != -1) {
            throw FormatError.value("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw FormatError.value("Negative zero coercion (z) not allowed in integer format specifier");
        }
        StringBuilder sb = new StringBuilder();
        if (f.type == 'c') {
            if (f.sign != '\0') {
                throw FormatError.value("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw FormatError.value("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (big != null) {
                throw FormatError.overflow("Python int too large to convert to C long");
            }
            if (small < 0 || small > 0x10ffff) {
                throw FormatError.overflow("%c arg not in range(0x110000)");
            }
            // calc_number_widths sees the character as "remainder": copied, never grouped.
            layoutNumber(sb, f, '\0', "", "", 0, false, new String(Character.toChars((int) small)), 1, '\0', 0);
            return sb.toString();
        }
        int base;
        String prefix = "";
        switch (f.type) {
            case 'b' -> {
                base = 2;
                prefix = "0b";
            }
            case 'o' -> {
                base = 8;
                prefix = "0o";
            }
            case 'x' -> {
                base = 16;
                prefix = "0x";
            }
            case 'X' -> {
                base = 16;
                prefix = "0X";
            }
            default -> base = 10;
        }
        boolean negative = big == null ? small < 0 : big.signum() < 0;
        String digits;
        if (big == null) {
            digits = Long.toString(small, base);
        } else {
            digits = bigToString(big, base);
        }
        int start = negative ? 1 : 0;
        if (f.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (!f.alternate) {
            prefix = "";
        }
        if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && f.thousands == 0) {
            // Fast path, as _PyLong_FormatWriter: sign, prefix, digits.
            if (prefix.isEmpty() && !negative) {
                return digits;
            }
            sb.append(negative ? "-" : "").append(prefix).append(digits, start, digits.length());
            return sb.toString();
        }
        char sep = f.type == 'n' ? '\0' : f.thousands;
        layoutNumber(sb, f, negative ? '-' : '\0', prefix, digits.substring(start), digits.length() - start, false,
                "", 0, sep, f.groupSize);
        return sb.toString();
    }

    /** int to text in base 2, 8, 10 or 16, with the decimal digit limit of CPython 3.11. */
    static String bigToString(BigInteger v, int base) {
        String s = v.toString(base);
        int limit = intMaxStrDigits;
        if (base == 10 && limit > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > limit) {
            throw FormatError.value("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    /** str(int) / repr(int) with the digit limit. */
    public static String intToString(BigInteger v) {
        return v.bitLength() < 64 ? Long.toString(v.longValue()) : bigToString(v, 10);
    }

    /**
     * round(v, ndigits) for an int: v itself when ndigits >= 0, else the nearest multiple of
     * 10**-ndigits, ties to the even multiple (longobject.c's divmod_near).
     */
    public static BigInteger roundInt(BigInteger v, long ndigits) {
        if (ndigits >= 0 || v.signum() == 0) {
            return v;
        }
        long k = -ndigits;
        if (k > v.bitLength() * 0.30103 + 2) {
            return BigInteger.ZERO; // 10**k > 2*|v|: CPython would build 10**k only to get 0
        }
        BigInteger p = BigInteger.TEN.pow((int) k);
        BigInteger[] qr = v.divideAndRemainder(p);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) { // floor division, as Python's divmod
            q = q.subtract(BigInteger.ONE);
            r = r.add(p);
        }
        int c = r.shiftLeft(1).compareTo(p);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return q.multiply(p);
    }

    // ---- float ----

    public static String formatFloat(double v, String spec) {
        return formatFloat(v, spec, "float");
    }

    public static String formatFloat(double v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatFormat.repr(v);
        }
        return formatFloat(v, FormatSpec.parse(spec, '\0', '>', typeName), typeName);
    }

    public static String formatFloat(double v, FormatSpec f, String typeName) {
        switch (f.type) {
            case '\0', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
                StringBuilder sb = new StringBuilder();
                formatFloatInternal(sb, v, f);
                return sb.toString();
            }
            default -> throw FormatSpec.unknownCode(f.type, typeName);
        }
    }

    private static void formatFloatInternal(StringBuilder out, double val, FormatSpec f) {
        if (f.precision > Integer.MAX_VALUE) {
            throw FormatError.value("precision too big");
        }
        int precision = (int) f.precision;
        int flags = 0;
        if (f.alternate) {
            flags |= FloatFormat.ALT;
        }
        if (f.noNegZero) {
            flags |= FloatFormat.NO_NEG_0;
        }
        char type = (char) f.type;
        int defaultPrecision = 6;
        boolean addPct = false;
        if (type == '\0') {
            // No type: like repr without a precision, else like 'g' keeping at least one decimal.
            flags |= FloatFormat.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        if (type == '%') {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && f.thousands == 0) {
            FloatFormat.format(out, val, type, precision, flags);
            if (addPct) {
                out.append('%');
            }
            return;
        }
        StringBuilder num = new StringBuilder(32);
        FloatFormat.format(num, val, type, precision, flags);
        if (addPct) {
            num.append('%');
        }
        char sep = f.type == 'n' ? '\0' : f.thousands;
        layoutFloatText(out, f, num, f.sign, f.fill, f.align, f.width, sep);
    }

    /** Splits PyOS_double_to_string output into sign, digits, decimal point, remainder; lays it out. */
    private static void layoutFloatText(StringBuilder out, FormatSpec f, CharSequence num, char signSpec, int fill,
            char align, long width, char sep) {
        int i = 0;
        char signChar = '\0';
        if (num.length() > 0 && num.charAt(0) == '-') {
            signChar = '-';
            i = 1;
        }
        int d = i;
        while (d < num.length() && num.charAt(d) >= '0' && num.charAt(d) <= '9') {
            d++;
        }
        boolean hasDecimal = d < num.length() && num.charAt(d) == '.';
        String remainder = num.subSequence(hasDecimal ? d + 1 : d, num.length()).toString();
        layoutNumber(out, signSpec, fill, align, width, signChar, "", num.subSequence(i, d), d - i, hasDecimal,
                remainder, remainder.length(), sep, 3);
    }

    // ---- complex ----

    public static String formatComplex(double re, double im, String spec) {
        return formatComplex(re, im, spec, "complex");
    }

    /** complex.__format__; an empty spec gives str(z). */
    public static String formatComplex(double re, double im, String spec, String typeName) {
        FormatSpec f = FormatSpec.parse(spec, '\0', '>', typeName);
        switch (f.type) {
            case '\0', 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw FormatSpec.unknownCode(f.type, typeName);
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw FormatError.value("precision too big");
        }
        if (f.fill == '0') {
            throw FormatError.value("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw FormatError.value("'=' alignment flag is not allowed in complex format specifier");
        }
        int precision = (int) f.precision;
        int flags = 0;
        if (f.alternate) {
            flags |= FloatFormat.ALT;
        }
        if (f.noNegZero) {
            flags |= FloatFormat.NO_NEG_0;
        }
        char type = (char) f.type;
        int defaultPrecision = 6;
        boolean skipRe = false;
        boolean parens = false;
        if (type == '\0') {
            // Like str(z): the real part is left out when it is +0.0, else the result gets parentheses.
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && 1 / re > 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        char sep = f.type == 'n' ? '\0' : f.thousands;
        StringBuilder body = new StringBuilder();
        if (parens) {
            body.append('(');
        }
        if (!skipRe) {
            layoutFloatText(body, f, FloatFormat.toString(re, type, precision, flags), f.sign, '\0', '<', -1, sep);
        }
        // The imaginary part always carries a sign unless it stands alone.
        layoutFloatText(body, f, FloatFormat.toString(im, type, precision, flags), skipRe ? f.sign : '+', '\0', '<',
                -1, sep);
        body.append('j');
        if (parens) {
            body.append(')');
        }
        StringBuilder out = new StringBuilder();
        pad(out, body, body.length(), f.width, f.align, f.fill);
        return out.toString();
    }

    // ---- str ----

    public static String formatStr(String s, String spec) {
        return formatStr(s, spec, "str");
    }

    public static String formatStr(String s, String spec, String typeName) {
        if (spec.isEmpty()) {
            return s;
        }
        return formatStr(s, FormatSpec.parse(spec, 's', '<', typeName), typeName);
    }

    public static String formatStr(String s, FormatSpec f, String typeName) {
        if (f.type != 's') {
            throw FormatSpec.unknownCode(f.type, typeName);
        }
        if (f.sign != '\0') {
            throw FormatError.value(f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw FormatError.value("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw FormatError.value("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw FormatError.value("'=' alignment not allowed in string format specifier");
        }
        int len = s.codePointCount(0, s.length());
        if (f.width <= len && (f.precision == -1 || f.precision >= len)) {
            return s;
        }
        String body = s;
        if (f.precision >= 0 && len > f.precision) {
            len = (int) f.precision;
            body = s.substring(0, s.offsetByCodePoints(0, len));
        }
        StringBuilder out = new StringBuilder();
        pad(out, body, len, f.width, f.align, f.fill);
        return out.toString();
    }

    /** calc_padding + fill_padding: text of n code points padded to width. */
    private static void pad(StringBuilder out, CharSequence text, long n, long width, char align, int fill) {
        long total = width >= 0 && width > n ? width : n;
        checkSize(total);
        long lpad = switch (align) {
            case '>' -> total - n;
            case '^' -> (total - n) / 2;
            default -> 0;
        };
        fill(out, fill, lpad);
        out.append(text);
        fill(out, fill, total - n - lpad);
    }

    private static void fill(StringBuilder out, int c, long n) {
        if (c < 0x10000) {
            for (long i = 0; i < n; i++) {
                out.append((char) c);
            }
        } else {
            for (long i = 0; i < n; i++) {
                out.appendCodePoint(c);
            }
        }
    }

    private static void checkSize(long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw new FormatError(FormatError.Kind.MEMORY_ERROR, "");
        }
    }

    // ---- number layout (calc_number_widths + fill_number) ----

    private static void layoutNumber(StringBuilder out, FormatSpec f, char signChar, String prefix, CharSequence digits,
            int nDigits, boolean hasDecimal, String remainder, int nRemainder, char sep, int groupSize) {
        layoutNumber(out, f.sign, f.fill, f.align, f.width, signChar, prefix, digits, nDigits, hasDecimal, remainder,
                nRemainder, sep, groupSize);
    }

    /**
     * Writes {@code <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>}. With '0' fill and
     * '=' alignment the padding goes into the digits, so separators are inserted among the zeros
     * too. sep is '\0' for no grouping.
     */
    private static void layoutNumber(StringBuilder out, char signSpec, int fill, char align, long width,
            char signChar, String prefix, CharSequence digits, int nDigits, boolean hasDecimal, String remainder,
            int nRemainder, char sep, int groupSize) {
        char sign = '\0';
        switch (signSpec) {
            case '+' -> sign = signChar == '-' ? '-' : '+';
            case ' ' -> sign = signChar == '-' ? '-' : ' ';
            default -> sign = signChar == '-' ? '-' : '\0';
        }
        int nSign = sign != '\0' ? 1 : 0;
        long nonDigit = nSign + prefix.length() + (hasDecimal ? 1 : 0) + nRemainder;
        long minWidth = fill == '0' && align == '=' ? width - nonDigit : 0;
        StringBuilder rev = new StringBuilder(nDigits + 8);
        if (nDigits != 0) {
            checkSize(minWidth);
            group(rev, digits, nDigits, minWidth, sep, groupSize);
        }
        long padding = width - (nonDigit + rev.length());
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            checkSize(padding + nonDigit + rev.length());
            switch (align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        fill(out, fill, lpad);
        if (nSign != 0) {
            out.append(sign);
        }
        out.append(prefix);
        fill(out, fill, spad);
        for (int i = rev.length() - 1; i >= 0; i--) {
            out.append(rev.charAt(i));
        }
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        fill(out, fill, rpad);
    }

    /**
     * _PyUnicode_InsertThousandsGrouping, writing right to left into rev: groups of groupSize
     * digits (padded with '0' up to minWidth) separated by sep, or one ungrouped run when sep is 0.
     */
    private static void group(StringBuilder rev, CharSequence digits, int nDigits, long minWidth, char sep,
            int groupSize) {
        minWidth = Math.max(0, minWidth);
        int remaining = nDigits;
        int pos = nDigits;
        boolean useSep = false;
        if (sep != '\0') {
            while (true) {
                long len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                long zeros = Math.max(0, len - remaining);
                int chars = (int) Math.max(0, Math.min(remaining, len));
                if (useSep) {
                    rev.append(sep);
                }
                for (int k = 0; k < chars; k++) {
                    rev.append(digits.charAt(--pos));
                }
                for (long k = 0; k < zeros; k++) {
                    rev.append('0');
                }
                useSep = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    return;
                }
                minWidth -= 1;
            }
        }
        long len = Math.max(Math.max(remaining, minWidth), 1);
        long zeros = Math.max(0, len - remaining);
        for (int k = 0; k < remaining; k++) {
            rev.append(digits.charAt(--pos));
        }
        for (long k = 0; k < zeros; k++) {
            rev.append('0');
        }
    }
}
