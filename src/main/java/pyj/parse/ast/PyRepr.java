package pyj.parse.ast;

import java.math.BigInteger;
import java.util.Arrays;

import pyj.objects.FloatFormat;

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
        FloatFormat.appendRepr(sb, d);
    }

    /** repr of {@code complex(0.0, imag)}, the value of an imaginary literal. */
    public static void appendImaginary(StringBuilder sb, double imag) {
        // complex_repr formats the imaginary part with 'r' but without adding ".0": 1j, 1e+16j.
        // An imaginary literal has a +0.0 real part, so CPython prints only the imaginary part.
        FloatFormat.appendReprNoDot0(sb, imag);
        sb.append('j');
    }
}
