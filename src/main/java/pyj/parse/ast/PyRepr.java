package pyj.parse.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Python's {@code repr} of the values a {@link Ast.Constant} can hold, character for character as
 * CPython 3.11 prints them. Each {@code appendX} writes into a caller's StringBuilder so the AST
 * dumper never builds intermediate strings.
 */
public final class PyRepr {
    private PyRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** repr of any constant value (see {@link Constants}). */
    public static String repr(Object value) {
        StringBuilder sb = new StringBuilder();
        appendRepr(sb, value);
        return sb.toString();
    }

    public static void appendRepr(StringBuilder sb, Object value) {
        switch (value) {
            case String s -> appendStr(sb, s);
            case Constants.CodePointStr s -> appendStr(sb, s.codePoints());
            case BigInteger i -> sb.append(i.toString());
            case Double d -> appendFloat(sb, d);
            case Boolean b -> sb.append(b ? "True" : "False");
            case Constants.Singleton s -> sb.append(s == Constants.Singleton.NONE ? "None" : "Ellipsis");
            case Constants.Bytes b -> appendBytes(sb, b.value());
            case Constants.Imaginary im -> appendImaginary(sb, im.imag());
            case Integer i -> sb.append(i.intValue());
            case Long l -> sb.append(l.longValue());
            default -> throw new IllegalArgumentException("not a constant: " + value.getClass());
        }
    }

    // ---- str ----

    public static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendStr(sb, s);
        return sb.toString();
    }

    /** CPython's unicode_repr: single quotes unless the text has ' and no ". */
    public static void appendStr(StringBuilder sb, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(quote);
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                if (c == quote || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
                i++;
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(i + 1));
            }
            i += Character.charCount(cp);
            appendCodePoint(sb, cp);
        }
        sb.append(quote);
    }

    /** repr of a str given as code points (see {@link Constants.CodePointStr}). */
    public static void appendStr(StringBuilder sb, int[] cps) {
        boolean single = false;
        boolean dbl = false;
        for (int cp : cps) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append(quote);
        for (int cp : cps) {
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else {
                appendCodePoint(sb, cp);
            }
        }
        sb.append(quote);
    }

    /** One code point other than the quote or a backslash, escaped as repr needs. */
    private static void appendCodePoint(StringBuilder sb, int cp) {
        switch (cp) {
            case '\t' -> sb.append("\\t");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            default -> {
                if (cp < ' ' || cp == 0x7f || (cp > 0x7f && !isPrintable(cp))) {
                    appendEscape(sb, cp);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
        }
    }

    private static void appendEscape(StringBuilder sb, int cp) {
        if (cp <= 0xff) {
            sb.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 15]);
        } else if (cp <= 0xffff) {
            sb.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
                sb.append(HEX[(cp >> shift) & 15]);
            }
        } else {
            sb.append("\\U");
            for (int shift = 28; shift >= 0; shift -= 4) {
                sb.append(HEX[(cp >> shift) & 15]);
            }
        }
    }

    /** Python 3.11's {@code str.isprintable} for one code point (Unicode 14 categories). */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return cp >= 0x20;
        }
        return !inRanges(UnicodeTables.NON_PRINTABLE, cp);
    }

    /** Whether cp is assigned (category other than Cn) in Unicode 14. */
    static boolean isAssigned14(int cp) {
        return !inRanges(UnicodeTables.UNASSIGNED, cp);
    }

    /** ranges holds sorted [start, end) pairs. */
    static boolean inRanges(int[] ranges, int cp) {
        int i = Arrays.binarySearch(ranges, cp);
        // Found: cp is some boundary; an even index is a start (inside), odd an end (outside).
        // Not found: the insertion point is odd exactly when cp lies inside a range.
        return i >= 0 ? (i & 1) == 0 : ((-i - 1) & 1) == 1;
    }

    // ---- bytes ----

    public static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length + 3);
        appendBytes(sb, b);
        return sb.toString();
    }

    public static void appendBytes(StringBuilder sb, byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            if (x == '\'') {
                single = true;
            } else if (x == '"') {
                dbl = true;
            }
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
    }

    // ---- float and complex ----

    public static String floatRepr(double d) {
        StringBuilder sb = new StringBuilder(24);
        appendFloat(sb, d);
        return sb.toString();
    }

    /** repr(float): shortest round-trip digits, CPython's layout ('r' format with ".0" added). */
    public static void appendFloat(StringBuilder sb, double d) {
        appendShortest(sb, d, true);
    }

    /** repr of {@code complex(0.0, imag)}, the value of an imaginary literal. */
    public static void appendImaginary(StringBuilder sb, double imag) {
        // complex_repr formats the imaginary part with 'r' but without adding ".0": 1j, 1e+16j.
        // An imaginary literal has a +0.0 real part, so CPython prints only the imaginary part.
        appendShortest(sb, imag, false);
        sb.append('j');
    }

    private static void appendShortest(StringBuilder sb, double d, boolean addDot0) {
        if (Double.isNaN(d)) {
            sb.append("nan");
            return;
        }
        if (Double.isInfinite(d)) {
            sb.append(d > 0 ? "inf" : "-inf");
            return;
        }
        if (d == 0) {
            sb.append(1 / d < 0 ? "-0" : "0");
            if (addDot0) {
                sb.append(".0");
            }
            return;
        }
        if (d < 0) {
            sb.append('-');
            d = -d;
        }
        // Since JDK 19 Double.toString yields the shortest decimal that rounds back to d (closest
        // among equals), except that it never gives fewer than 2 digits: fix that case below.
        String js = Double.toString(d);
        char[] digits = new char[20];
        int nd = 0;
        int decpt = 0; // value = 0.d1d2... * 10^decpt
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
        decpt = (intDigits > 0 ? intDigits : -leadingFracZeros) + exp10;
        if (nd == 2) {
            nd = tryOneDigit(d, digits, decpt);
            if (nd == 1 && digits[0] == ':') { // rounded 9.x up to 10: one digit, next decade
                digits[0] = '1';
                decpt++;
            }
        }
        layout(sb, digits, nd, decpt, addDot0);
    }

    /**
     * Java printed two digits; if a single digit also rounds back to d, Python prints that one
     * (the closer one when both neighbours do). Returns the digit count, updating digits.
     */
    private static int tryOneDigit(double d, char[] digits, int decpt) {
        int lo = digits[0] - '0';
        int hi = lo + 1;
        boolean loOk = parses(lo, decpt, d);
        boolean hiOk = parses(hi, decpt, d);
        if (!loOk && !hiOk) {
            return 2;
        }
        int pick;
        if (loOk && hiOk) {
            BigDecimal exact = new BigDecimal(d);
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

    private static boolean parses(int digit, int decpt, double d) {
        if (digit == 0) {
            return false;
        }
        return Double.parseDouble(digit + "e" + (decpt - 1)) == d;
    }

    /** CPython's format_float_short layout for the 'r' format. */
    private static void layout(StringBuilder sb, char[] digits, int nd, int decpt, boolean addDot0) {
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits[0]);
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd - 1);
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = decpt; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits, 0, nd);
        } else if (decpt >= nd) {
            sb.append(digits, 0, nd);
            for (int i = nd; i < decpt; i++) {
                sb.append('0');
            }
            if (addDot0) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, nd - decpt);
        }
    }
}
