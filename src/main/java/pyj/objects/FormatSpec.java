package pyj.objects;

/**
 * A parsed format specification {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * as CPython 3.11's parse_internal_render_format_spec leaves it. Parsing checks only what the spec
 * says by itself; each formatter then rejects what its type does not allow.
 */
public final class FormatSpec {
    /** Fill code point (any, even astral). */
    public final int fill;
    /** One of {@code < > = ^}. */
    public final char align;
    /** {@code '\0'} (unspecified), {@code '+'}, {@code '-'} or {@code ' '}. */
    public final char sign;
    /** The 3.11 {@code z} flag: coerce negative zero to positive after rounding. */
    public final boolean noNegZero;
    public final boolean alternate;
    /** -1 when not given. */
    public final long width;
    /** 0 (none), {@code ','} or {@code '_'}. */
    public final char thousands;
    /** Digits per group: 3, or 4 for {@code _} with b/o/x/X. */
    public final int groupSize;
    /** -1 when not given. */
    public final long precision;
    /** The type code point; the caller's default when the spec has none. */
    public final int type;

    private FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width,
            char thousands, int groupSize, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.thousands = thousands;
        this.groupSize = groupSize;
        this.precision = precision;
        this.type = type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses spec for an object of Python type typeName (used only in messages).
     *
     * @param defaultType the type when the spec names none ('d' for int, '\0' for float, 's' for str)
     * @param defaultAlign '>' for numbers, '<' for str
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int end = spec.length();
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        // The fill may be a surrogate pair: look at the code point, then the char after it.
        if (end > 0) {
            int c0 = spec.codePointAt(0);
            int n0 = Character.charCount(c0);
            if (end - n0 >= 1 && isAlign(spec.charAt(n0))) {
                fill = c0;
                align = spec.charAt(n0);
                fillSpecified = alignSpecified = true;
                pos = n0 + 1;
            } else if (isAlign(c0)) {
                align = (char) c0;
                alignSpecified = true;
                pos = 1;
            }
        }
        char sign = '\0';
        if (pos < end && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean noNegZero = false;
        if (pos < end && spec.charAt(pos) == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && spec.charAt(pos) == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && spec.charAt(pos) == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] num = new long[1];
        int p2 = integer(spec, pos, num);
        long width = p2 == pos ? -1 : num[0];
        pos = p2;
        char thousands = 0;
        if (pos < end && spec.charAt(pos) == ',') {
            thousands = ',';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '_') {
            if (thousands != 0) {
                throw FormatError.value("Cannot specify both ',' and '_'.");
            }
            thousands = '_';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == ',' && thousands == '_') {
            throw FormatError.value("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < end && spec.charAt(pos) == '.') {
            pos++;
            p2 = integer(spec, pos, num);
            if (p2 == pos) {
                throw FormatError.value("Format specifier missing precision");
            }
            precision = num[0];
            pos = p2;
        }
        int type = defaultType;
        if (pos < end) {
            int t = spec.codePointAt(pos);
            if (pos + Character.charCount(t) < end) {
                throw FormatError.value("Invalid format specifier '" + spec + "' for object of type '"
                        + typeName + "'");
            }
            type = t;
        }
        int groupSize = 3;
        if (thousands != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', '\0' -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (thousands != '_') {
                        throw badSeparator(thousands, type);
                    }
                    groupSize = 4; // PEP 515: every four digits in bin/oct/hex
                }
                default -> throw badSeparator(thousands, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, thousands, groupSize, precision,
                type);
    }

    private static FormatError badSeparator(char sep, int type) {
        return FormatError.value("Cannot specify '" + sep + "' with " + codeText(type) + ".");
    }

    /** How CPython's messages quote a type code: 'c' when printable ASCII, else '\xNN'. */
    static String codeText(int type) {
        return type > 32 && type < 128 ? "'" + (char) type + "'" : "'\\x" + Integer.toHexString(type) + "'";
    }

    /** Reads Unicode decimal digits from pos (get_integer); returns the new position. */
    private static int integer(String s, int pos, long[] out) {
        long acc = 0;
        int end = s.length();
        while (pos < end) {
            int c = s.codePointAt(pos);
            int d = c >= '0' && c <= '9' ? c - '0'
                    : c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw FormatError.value("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            pos += Character.charCount(c);
        }
        out[0] = acc;
        return pos;
    }

    static FormatError unknownCode(int type, String typeName) {
        return FormatError.value("Unknown format code " + codeText(type) + " for object of type '" + typeName + "'");
    }
}
