package pyj.objects;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting, {@code str % args} (Objects/unicodeobject.c's PyUnicode_Format) and
 * {@code bytes % args} (Objects/bytesobject.c's _PyBytes_FormatEx), for CPython 3.11.
 *
 * <p>The object model supplies the operands through {@link Operands}: it knows what a tuple, a
 * mapping or an int is and how to call str/repr/__index__/__float__; this class owns the parsing,
 * the numeric rendering, the padding and every error message. The parser mirrors CPython's
 * position/count bookkeeping (reading past the end yields NUL, as C strings do), so truncated
 * formats fail with the same errors.
 */
public final class PercentFormat {
    private PercentFormat() {}

    /** What the formatter needs to know about Python values of type V. */
    public interface Operands<V> {
        boolean isTuple(V v);

        int tupleSize(V tuple);

        V tupleItem(V tuple, int i);

        /**
         * Whether args is used as the mapping for {@code %(key)s}: PyMapping_Check and not a tuple
         * or str; for bytes formatting also not bytes or bytearray.
         */
        boolean isMapping(V args, boolean bytesFormat);

        /** mapping[key]; key is a String (str formatting) or byte[] (bytes). May raise KeyError. */
        V getItem(V mapping, Object key);

        /** type(v).__name__, for messages. */
        String typeName(V v);

        String str(V v);

        String repr(V v);

        String ascii(V v);

        /** v's value as a Long or BigInteger if v is an int (PyLong_Check, so bool too), else null. */
        Number intValue(V v);

        /**
         * For %d %i %u (index false: int(v)) and %o %x %X (index true: v.__index__()): the result as
         * Long or BigInteger; null when v is not a number or the conversion raised TypeError.
         */
        Number toInteger(V v, boolean index);

        /** float(v) (PyFloat_AsDouble), or null when that raises TypeError. */
        Double toDouble(V v);

        /** v.__index__() as Long or BigInteger, or null when v has none (for %c). */
        Number index(V v);

        /** v's text if v is a str, else null (for %c). */
        String strValue(V v);

        /** v's contents if v is bytes or bytearray, else null (for bytes %c). */
        byte[] bytesValue(V v);

        /** bytes(v) for bytes %s/%b: bytes, buffer or __bytes__; null when v has none of them. */
        byte[] toBytes(V v);
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** {@code fmt % args} for str. */
    public static <V> String format(String fmt, V args, Operands<V> ops) {
        int n = fmt.length();
        int[] units = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(fmt.charAt(i + 1))) {
                units[k++] = Character.toCodePoint(c, fmt.charAt(++i));
            } else {
                units[k++] = c;
            }
        }
        StringBuilder out = new StringBuilder(n + 16);
        new Engine<>(units, k, args, ops, false, out).run();
        return out.toString();
    }

    /** {@code fmt % args} for bytes (and bytearray, which differs only in the result type). */
    public static <V> byte[] formatBytes(byte[] fmt, V args, Operands<V> ops) {
        int[] units = new int[fmt.length];
        for (int i = 0; i < fmt.length; i++) {
            units[i] = fmt[i] & 0xff;
        }
        StringBuilder out = new StringBuilder(fmt.length + 16); // one char per byte
        new Engine<>(units, fmt.length, args, ops, true, out).run();
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final class Engine<V> {
        final int[] fmt;
        final int fmtLen;
        final Operands<V> ops;
        final boolean bytes;
        final StringBuilder out;
        int pos;
        int cnt;
        V args;
        int arglen;
        int argidx;
        final V dict;
        // the conversion being processed
        int ch;
        int flags;
        long width;
        int prec;

        Engine(int[] fmt, int fmtLen, V args, Operands<V> ops, boolean bytes, StringBuilder out) {
            this.fmt = fmt;
            this.fmtLen = fmtLen;
            this.ops = ops;
            this.bytes = bytes;
            this.out = out;
            this.args = args;
            if (ops.isTuple(args)) {
                arglen = ops.tupleSize(args);
                argidx = 0;
            } else {
                arglen = -1;
                argidx = -2;
            }
            dict = ops.isMapping(args, bytes) ? args : null;
        }

        /** The unit at i, or NUL past the end (C strings are NUL-terminated). */
        int at(int i) {
            return i < fmtLen ? fmt[i] : 0;
        }

        String notAllConverted() {
            return bytes ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting";
        }

        void run() {
            cnt = fmtLen;
            pos = 0;
            while (--cnt >= 0) {
                if (at(pos) != '%') {
                    int start = pos++;
                    while (cnt >= 0 && at(pos) != '%') {
                        pos++;
                        cnt--;
                    }
                    if (cnt < 0) {
                        pos--;
                    }
                    for (int i = start; i < pos; i++) {
                        out.appendCodePoint(fmt[i]);
                    }
                } else {
                    pos++;
                    formatArg();
                }
            }
            if (argidx < arglen && dict == null) {
                throw FormatError.type(notAllConverted());
            }
        }

        V nextArg() {
            if (argidx < arglen) {
                int i = argidx++;
                return arglen < 0 ? args : ops.tupleItem(args, i);
            }
            throw FormatError.type("not enough arguments for format string");
        }

        void formatArg() {
            ch = at(pos);
            if (ch == '%') {
                pos++;
                cnt--;
                out.append('%');
                return;
            }
            flags = 0;
            width = -1;
            prec = -1;
            parse();
            V v = nextArg();
            convert(v);
            if (dict != null && argidx < arglen) {
                throw FormatError.type(notAllConverted());
            }
        }

        void parse() {
            if (at(pos) == '(') {
                if (dict == null) {
                    throw FormatError.type("format requires a mapping");
                }
                ++pos;
                --cnt;
                int keystart = pos;
                int pcount = 1;
                while (pcount > 0 && --cnt >= 0) {
                    ch = at(pos);
                    if (ch == ')') {
                        --pcount;
                    } else if (ch == '(') {
                        ++pcount;
                    }
                    pos++;
                }
                int keylen = pos - keystart - 1;
                if (cnt < 0 || pcount > 0) {
                    throw FormatError.value("incomplete format key");
                }
                Object key;
                if (bytes) {
                    byte[] kb = new byte[keylen];
                    for (int i = 0; i < keylen; i++) {
                        kb[i] = (byte) fmt[keystart + i];
                    }
                    key = kb;
                } else {
                    StringBuilder kb = new StringBuilder(keylen);
                    for (int i = 0; i < keylen; i++) {
                        kb.appendCodePoint(fmt[keystart + i]);
                    }
                    key = kb.toString();
                }
                args = ops.getItem(dict, key);
                arglen = -1;
                argidx = -2;
            }
            flagLoop:
            while (--cnt >= 0) {
                ch = at(pos++);
                switch (ch) {
                    case '-' -> flags |= F_LJUST;
                    case '+' -> flags |= F_SIGN;
                    case ' ' -> flags |= F_BLANK;
                    case '#' -> flags |= F_ALT;
                    case '0' -> flags |= F_ZERO;
                    default -> {
                        break flagLoop;
                    }
                }
            }
            if (ch == '*') {
                V v = nextArg();
                Number w = ops.intValue(v);
                if (w == null) {
                    throw FormatError.type("* wants int");
                }
                width = toSsize(w);
                if (width < 0) {
                    flags |= F_LJUST;
                    width = -width;
                }
                if (--cnt >= 0) {
                    ch = at(pos++);
                }
            } else if (ch >= '0' && ch <= '9') {
                width = ch - '0';
                while (--cnt >= 0) {
                    ch = at(pos++);
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                        throw FormatError.value("width too big");
                    }
                    width = width * 10 + (ch - '0');
                }
            }
            if (ch == '.') {
                prec = 0;
                if (--cnt >= 0) {
                    ch = at(pos++);
                }
                if (ch == '*') {
                    V v = nextArg();
                    Number p = ops.intValue(v);
                    if (p == null) {
                        throw FormatError.type("* wants int");
                    }
                    prec = toInt(p);
                    if (prec < 0) {
                        prec = 0;
                    }
                    if (--cnt >= 0) {
                        ch = at(pos++);
                    }
                } else if (ch >= '0' && ch <= '9') {
                    prec = ch - '0';
                    while (--cnt >= 0) {
                        ch = at(pos++);
                        if (ch < '0' || ch > '9') {
                            break;
                        }
                        if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                            throw FormatError.value(bytes ? "prec too big" : "precision too big");
                        }
                        prec = prec * 10 + (ch - '0');
                    }
                }
            }
            if (cnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
                if (--cnt >= 0) {
                    ch = at(pos++);
                }
            }
            if (cnt < 0) {
                throw FormatError.value("incomplete format");
            }
        }

        void convert(V v) {
            String s;
            boolean sign = false;
            switch (ch) {
                case 's', 'r', 'a', 'b' -> {
                    if (bytes) {
                        if (ch == 's' || ch == 'b') {
                            byte[] b = ops.toBytes(v);
                            if (b == null) {
                                throw FormatError.type("%b requires a bytes-like object, or an object that "
                                        + "implements __bytes__, not '" + ops.typeName(v) + "'");
                            }
                            s = new String(b, StandardCharsets.ISO_8859_1);
                        } else {
                            s = ops.ascii(v);
                        }
                    } else if (ch == 'b') {
                        throw unsupported();
                    } else {
                        s = ch == 's' ? ops.str(v) : ch == 'r' ? ops.repr(v) : ops.ascii(v);
                    }
                }
                case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                    Number iv = ops.intValue(v);
                    if (iv == null) {
                        boolean index = ch == 'o' || ch == 'x' || ch == 'X';
                        iv = ops.toInteger(v, index);
                        if (iv == null) {
                            char t = bytes && ch == 'i' ? 'd' : (char) ch;
                            throw FormatError.type("%" + t + " format: "
                                    + (index ? "an integer is required" : "a real number is required") + ", not "
                                    + ops.typeName(v));
                        }
                    }
                    s = formatLong(iv, (flags & F_ALT) != 0, prec, (char) ch);
                    sign = true;
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    Double d = ops.toDouble(v);
                    if (d == null) {
                        throw FormatError.type(bytes ? "float argument required, not " + ops.typeName(v)
                                : "must be real number, not " + ops.typeName(v));
                    }
                    int p = prec < 0 ? 6 : prec;
                    s = FloatFormat.toString(d, (char) ch, p, (flags & F_ALT) != 0 ? FloatFormat.ALT : 0);
                    sign = true;
                }
                case 'c' -> s = bytes ? byteChar(v) : unicodeChar(v);
                default -> throw unsupported();
            }
            output(s, sign);
        }

        FormatError unsupported() {
            int index = pos - 1;
            if (bytes) {
                if (ch >= 0x80) {
                    // CPython passes a negative (signed) char to %c in its message format.
                    return FormatError.overflow("character argument not in range(0x110000)");
                }
                return FormatError.value("unsupported format character '" + (char) ch + "' (0x"
                        + Integer.toHexString(ch) + ") at index " + index);
            }
            String shown = ch >= 31 && ch <= 126 ? String.valueOf((char) ch) : "?";
            return FormatError.value("unsupported format character '" + shown + "' (0x" + Integer.toHexString(ch)
                    + ") at index " + index);
        }

        String unicodeChar(V v) {
            String sv = ops.strValue(v);
            if (sv != null) {
                if (sv.codePointCount(0, sv.length()) == 1) {
                    return sv;
                }
                throw FormatError.type("%c requires int or char");
            }
            Number n = ops.index(v);
            if (n == null) {
                throw FormatError.type("%c requires int or char");
            }
            if (n instanceof BigInteger || n.longValue() < 0 || n.longValue() > 0x10ffff) {
                throw FormatError.overflow("%c arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) n.longValue()));
        }

        String byteChar(V v) {
            byte[] b = ops.bytesValue(v);
            if (b != null && b.length == 1) {
                return String.valueOf((char) (b[0] & 0xff));
            }
            Number n = b == null ? ops.index(v) : null;
            if (n == null) {
                throw FormatError.type("%c requires an integer in range(256) or a single byte");
            }
            if (n instanceof BigInteger || n.longValue() < 0 || n.longValue() > 255) {
                throw FormatError.overflow("%c arg not in range(256)");
            }
            return String.valueOf((char) n.longValue());
        }

        /** unicode_format_arg_output (the bytes version is the same). */
        void output(String str, boolean sign) {
            int fill = sign && (flags & F_ZERO) != 0 ? '0' : ' ';
            // Only s/r/a/c results can hold non-BMP text; numbers are ASCII.
            int len = bytes ? str.length() : str.codePointCount(0, str.length());
            if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
                out.append(str);
                return;
            }
            if (ch == 's' || ch == 'r' || ch == 'a' || ch == 'b') {
                if (prec >= 0 && len > prec) {
                    len = prec;
                }
            }
            int pindex = 0;
            char signchar = '\0';
            if (sign) {
                char c0 = str.charAt(0);
                if (c0 == '-' || c0 == '+') {
                    signchar = c0;
                    len--;
                    pindex++;
                } else if ((flags & F_SIGN) != 0) {
                    signchar = '+';
                } else if ((flags & F_BLANK) != 0) {
                    signchar = ' ';
                } else {
                    sign = false;
                }
            }
            long w = Math.max(width, len);
            if (w > Integer.MAX_VALUE - 16) {
                throw new FormatError(FormatError.Kind.MEMORY_ERROR, "");
            }
            if (sign) {
                if (fill != ' ') {
                    out.append(signchar);
                }
                if (w > len) {
                    w--;
                }
            }
            boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
            if (prefix) {
                if (fill != ' ') {
                    out.append(str, pindex, pindex + 2);
                }
                w = Math.max(w - 2, 0);
                len -= 2;
            }
            if (w > len && (flags & F_LJUST) == 0) {
                for (long i = w - len; i > 0; i--) {
                    out.append((char) fill);
                }
                w = len;
            }
            if (fill == ' ') {
                if (sign) {
                    out.append(signchar);
                }
                if (prefix) {
                    out.append(str, pindex, pindex + 2);
                }
            }
            if (prefix) {
                pindex += 2;
            }
            if (len > 0) {
                int endIdx = bytes ? pindex + len : str.offsetByCodePoints(pindex, len);
                out.append(str, pindex, endIdx);
            }
            for (long i = w - len; i > 0; i--) {
                out.append(' ');
            }
        }
    }

    private static long toSsize(Number n) {
        if (n instanceof BigInteger) {
            throw FormatError.overflow("Python int too large to convert to C ssize_t");
        }
        return n.longValue();
    }

    private static int toInt(Number n) {
        if (n instanceof BigInteger || n.longValue() != (int) n.longValue()) {
            throw FormatError.overflow("Python int too large to convert to C int");
        }
        return (int) n.longValue();
    }

    /**
     * _PyUnicode_FormatLong: sign, then "0x"/"0o" when alt, then digits zero-filled to prec; 'X'
     * upper-cases everything, prefix included.
     */
    public static String formatLong(Number v, boolean alt, int prec, char type) {
        if (prec > Integer.MAX_VALUE - 3) {
            throw FormatError.overflow("precision too large");
        }
        if (prec > Integer.MAX_VALUE - 16) {
            throw new FormatError(FormatError.Kind.MEMORY_ERROR, ""); // beyond a Java String
        }
        int base = switch (type) {
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String s = v instanceof BigInteger b ? Formatting.bigToString(b, base) : Long.toString(v.longValue(), base);
        boolean neg = s.charAt(0) == '-';
        int numdigits = s.length() - (neg ? 1 : 0);
        if (!alt && base != 8 && base != 16 && prec <= numdigits) {
            return s;
        }
        StringBuilder sb = new StringBuilder(Math.max(prec, numdigits) + 3);
        if (neg) {
            sb.append('-');
        }
        if (alt && base != 10) {
            sb.append('0').append(type == 'o' ? 'o' : 'x');
        }
        for (int i = numdigits; i < prec; i++) {
            sb.append('0');
        }
        sb.append(s, neg ? 1 : 0, s.length());
        String r = sb.toString();
        return type == 'X' ? r.toUpperCase(java.util.Locale.ROOT) : r;
    }
}
