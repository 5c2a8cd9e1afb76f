package pyj.objects;

/**
 * str.format and str.format_map: a port of Objects/stringlib/unicode_format.h (MarkupIterator,
 * parse_field, field_name_split, FieldNameIterator, auto-numbering), so malformed format strings
 * fail with CPython's errors in CPython's order. Offsets are Java chars; every delimiter is ASCII,
 * so surrogate pairs pass through untouched.
 */
final class StrFormat {
    private StrFormat() {}

    private static final int ANS_INIT = 0;
    private static final int ANS_AUTO = 1;
    private static final int ANS_MANUAL = 2;

    /** The arguments of one format call; args null for format_map. */
    private record Ctx(PyObject[] args, int np, String[] kw, PyObject mapping, int[] auto) {}

    /** a[0] is the format string (self); positional arguments follow, then keyword values. */
    static String format(String fmt, PyObject[] a, String[] kw) {
        int nk = kw == null ? 0 : kw.length;
        return build(fmt, 0, fmt.length(), new Ctx(a, a.length - nk, kw, null, new int[] {ANS_INIT, 0}), 2);
    }

    static String formatMap(String fmt, PyObject mapping) {
        return build(fmt, 0, fmt.length(), new Ctx(null, 0, null, mapping, new int[] {ANS_INIT, 0}), 2);
    }

    private static String build(String s, int start, int end, Ctx c, int depth) {
        if (depth <= 0) {
            throw Exc.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int pos = start;
        while (pos < end) {
            // literal text up to a brace
            int litStart = pos;
            char ch = 0;
            boolean markup = false;
            while (pos < end) {
                ch = s.charAt(pos++);
                if (ch == '{' || ch == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - litStart;
            if (markup && ch == '}' && (atEnd || s.charAt(pos) != '}')) {
                throw Exc.valueError("Single '}' encountered in format string");
            }
            if (markup && atEnd && ch == '{') {
                throw Exc.valueError("Single '{' encountered in format string");
            }
            if (markup && !atEnd) {
                if (s.charAt(pos) == ch) {
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            out.append(s, litStart, litStart + len);
            if (!markup) {
                continue;
            }
            // parse_field
            int nameStart = pos;
            char c2 = 0;
            while (pos < end) {
                c2 = s.charAt(pos++);
                if (c2 == '{') {
                    throw Exc.valueError("unexpected '{' in field name");
                }
                if (c2 == '[') {
                    while (pos < end && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c2 == '}' || c2 == ':' || c2 == '!') {
                    break;
                }
            }
            int nameEnd = pos - 1;
            int conversion = 0;
            int specStart = 0;
            int specEnd = 0;
            boolean expand = false;
            if (c2 == '!' || c2 == ':') {
                boolean done = false;
                if (c2 == '!') {
                    if (pos >= end) {
                        throw Exc.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = s.codePointAt(pos);
                    pos += Character.charCount(conversion);
                    if (pos < end) {
                        char c3 = s.charAt(pos++);
                        if (c3 == '}') {
                            done = true;
                        } else if (c3 != ':') {
                            throw Exc.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                if (!done) {
                    specStart = pos;
                    int count = 1;
                    boolean closed = false;
                    while (pos < end) {
                        char c4 = s.charAt(pos++);
                        if (c4 == '{') {
                            expand = true;
                            count++;
                        } else if (c4 == '}') {
                            if (--count == 0) {
                                specEnd = pos - 1;
                                closed = true;
                                break;
                            }
                        }
                    }
                    if (!closed) {
                        throw Exc.valueError("unmatched '{' in format spec");
                    }
                }
            } else if (c2 != '}') {
                throw Exc.valueError("expected '}' before end of string");
            }
            // output_markup
            PyObject v = fieldObject(s, nameStart, nameEnd, c);
            if (conversion != 0) {
                v = switch (conversion) {
                    case 'r' -> Abstract.repr(v);
                    case 's' -> Abstract.str(v);
                    case 'a' -> PyStr.of(Abstract.ascii(v));
                    default -> throw Exc.valueError(conversion > 32 && conversion < 127
                            ? "Unknown conversion specifier " + (char) conversion
                            : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
                };
            }
            String spec = expand ? build(s, specStart, specEnd, c, depth - 1) : s.substring(specStart, specEnd);
            out.append(Abstract.format(v, PyStr.of(spec)).value());
        }
        return out.toString();
    }

    /** get_integer: the decimal value of s[start, end), -1 if empty or not all decimal digits. */
    private static long integer(String s, int start, int end) {
        if (start >= end) {
            return -1;
        }
        long acc = 0;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!UnicodeTables.has(UnicodeTables.DECIMAL, cp)) {
                return -1;
            }
            int d = Character.digit(cp, 10);
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw Exc.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    private static PyObject fieldObject(String s, int start, int end, Ctx c) {
        int i = start;
        while (i < end && s.charAt(i) != '[' && s.charAt(i) != '.') {
            i++;
        }
        long idx = integer(s, start, i);
        boolean empty = i == start;
        boolean numeric = empty || idx != -1;
        int[] auto = c.auto();
        if (auto[0] == ANS_INIT && numeric) {
            auto[0] = empty ? ANS_AUTO : ANS_MANUAL;
        }
        if (numeric) {
            if (auto[0] == ANS_MANUAL && empty) {
                throw Exc.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (auto[0] == ANS_AUTO && !empty) {
                throw Exc.valueError("cannot switch from automatic field numbering to manual field specification");
            }
        }
        if (empty) {
            idx = auto[1]++;
        }
        PyObject obj;
        if (idx == -1) {
            String key = s.substring(start, i);
            if (c.mapping() != null) {
                obj = Abstract.getItem(c.mapping(), PyStr.of(key));
            } else {
                obj = null;
                for (int k = 0; c.kw() != null && k < c.kw().length; k++) {
                    if (c.kw()[k].equals(key)) {
                        obj = c.args()[c.np() + k];
                    }
                }
                if (obj == null) {
                    throw Exc.keyError(PyStr.of(key));
                }
            }
        } else {
            if (c.args() == null) {
                throw Exc.valueError("Format string contains positional fields");
            }
            if (idx + 1 >= c.np()) {
                throw Exc.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            obj = c.args()[(int) idx + 1];
        }
        // FieldNameIterator
        int p = i;
        while (p < end) {
            char ch = s.charAt(p++);
            int nameStart = p;
            int nameEnd;
            boolean attr;
            if (ch == '.') {
                attr = true;
                while (p < end && s.charAt(p) != '.' && s.charAt(p) != '[') {
                    p++;
                }
                nameEnd = p;
            } else if (ch == '[') {
                attr = false;
                while (p < end && s.charAt(p) != ']') {
                    p++;
                }
                if (p >= end) {
                    throw Exc.valueError("Missing ']' in format string");
                }
                nameEnd = p++;
            } else {
                throw Exc.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (nameStart == nameEnd) {
                throw Exc.valueError("Empty attribute in format string");
            }
            String name = s.substring(nameStart, nameEnd);
            if (attr) {
                obj = Abstract.getAttr(obj, name);
            } else {
                long k = integer(s, nameStart, nameEnd);
                obj = Abstract.getItem(obj, k == -1 ? PyStr.of(name) : PyInt.of(k));
            }
        }
        return obj;
    }

}
