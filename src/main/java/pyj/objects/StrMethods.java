package pyj.objects;

import java.util.ArrayList;
import java.util.List;

import static pyj.objects.UnicodeTables.has;

/**
 * The methods of str (Objects/unicodeobject.c), with CPython 3.11's argument handling and error
 * texts. Character properties and case mappings come from {@link UnicodeTables} (Unicode 14).
 * Positions are code points; a str without surrogate pairs indexes its Java String directly.
 */
final class StrMethods {
    private StrMethods() {}

    private static final PyObject NONE = PySingleton.NONE;

    static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    /** A str argument: "NAME() argument N must be str, not T" (argument-clinic style). */
    static String arg(PyObject o, String fn, int n) {
        if (o instanceof PyStr x) {
            return x.value();
        }
        throw Exc.typeError(fn + "() argument " + n + " must be str, not " + o.type().name());
    }

    /** "must be str, not T" (the PyUnicode_FromObject-style message). */
    static String mustBeStr(PyObject o) {
        if (o instanceof PyStr x) {
            return x.value();
        }
        throw Exc.typeError("must be str, not " + o.type().name());
    }

    private static void check(String fn, PyObject[] a, String[] kw, int min, int max) {
        Args.checkPositional(fn, java.util.Arrays.copyOfRange(a, 1, a.length), kw, min, max);
    }

    /** Java char offset of code point index i. */
    static int off(PyStr str, int i) {
        return str.isBmp() ? i : str.value().offsetByCodePoints(0, i);
    }

    /** Code point index of Java char offset k. */
    static int cpIndex(PyStr str, int k) {
        return str.isBmp() ? k : str.value().codePointCount(0, k);
    }

    /** The [start, end) code point range of a find-like method (slice semantics, None allowed). */
    static long[] range(PyObject[] a, int from, int len) {
        long start = 0;
        long end = len;
        if (a.length > from && a[from] != NONE) {
            start = sliceIndex(a[from]);
        }
        if (a.length > from + 1 && a[from + 1] != NONE) {
            end = sliceIndex(a[from + 1]);
        }
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(0, end + len);
        }
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        return new long[] {start, end};
    }

    static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Exc.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        return i.isLong() ? i.longValue() : i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    /** find/rfind/index/rindex/count core: code point index or -1 (count for count). */
    static long find(PyStr str, String sub, PyObject[] a, int dir) {
        int len = str.length();
        long[] r = range(a, 2, len);
        long start = r[0];
        long end = r[1];
        if (dir == 0) { // count
            if (start > len) {
                return 0;
            }
            if (sub.isEmpty()) {
                return start > end ? 0 : end - start + 1;
            }
            if (end - start < sub.codePointCount(0, sub.length())) {
                return 0;
            }
            String x = str.value().substring(off(str, (int) start), off(str, (int) end));
            long n = 0;
            for (int i = x.indexOf(sub); i >= 0; i = x.indexOf(sub, i + sub.length())) {
                n++;
            }
            return n;
        }
        if (start > len || end - start < 0) {
            return -1;
        }
        if (sub.isEmpty()) {
            return dir > 0 ? start : end;
        }
        int so = off(str, (int) start);
        String x = str.value().substring(so, off(str, (int) end));
        int i = dir > 0 ? x.indexOf(sub) : x.lastIndexOf(sub);
        return i < 0 ? -1 : cpIndex(str, so + i);
    }

    /**
     * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become '0'..'9' and
     * Unicode whitespace ' ', so float()/complex() read "١.٥"; other non-ASCII stays (and fails).
     */
    static String asciiDigits(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (has(UnicodeTables.SPACE, cp)) {
                sb.append(' ');
            } else if (has(UnicodeTables.DECIMAL, cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    static boolean isSpace(int c) {
        return has(UnicodeTables.SPACE, c);
    }

    static PyObject split(PyObject[] a, String[] kw, boolean reverse) {
        String fn = reverse ? "rsplit" : "split";
        Args args = new Args(fn, java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"sep", "maxsplit"}, 0, 2);
        String x = s(a[0]);
        PyObject sepO = args.get(0, NONE);
        long max = Abstract.index(args.get(1, PyInt.of(-1))).ssize();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<String> out = new ArrayList<>();
        if (sepO == NONE) {
            splitWhitespace(x, max, reverse, out, false);
        } else {
            if (!(sepO instanceof PyStr)) {
                throw Exc.typeError("must be str or None, not " + sepO.type().name());
            }
            String sep = s(sepO);
            if (sep.isEmpty()) {
                throw Exc.valueError("empty separator");
            }
            splitSep(x, sep, max, reverse, out);
        }
        PyList l = new PyList();
        if (out.size() == 1 && out.get(0).equals(x) && a[0].type() == PyStr.TYPE) {
            l.append(a[0]);
            return l;
        }
        for (String p : out) {
            l.append(PyStr.of(p));
        }
        return l;
    }

    static void splitSep(String x, String sep, long max, boolean reverse, List<String> out) {
        if (!reverse) {
            int from = 0;
            for (long n = 0; n < max; n++) {
                int j = x.indexOf(sep, from);
                if (j < 0) {
                    break;
                }
                out.add(x.substring(from, j));
                from = j + sep.length();
            }
            out.add(x.substring(from));
        } else {
            int to = x.length();
            for (long n = 0; n < max; n++) {
                int j = to - sep.length() < 0 ? -1 : x.lastIndexOf(sep, to - sep.length());
                if (j < 0) {
                    break;
                }
                out.add(x.substring(j + sep.length(), to));
                to = j;
            }
            out.add(x.substring(0, to));
            java.util.Collections.reverse(out);
        }
    }

    /** split()/rsplit() on runs of whitespace (bytes: ASCII whitespace only). */
    static void splitWhitespace(String x, long max, boolean reverse, List<String> out, boolean bytes) {
        int n = x.length();
        if (!reverse) {
            int i = 0;
            while (true) {
                while (i < n && ws(x.charAt(i), bytes)) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size() == max) {
                    // the rest, with trailing whitespace stripped? no: CPython keeps it as is
                    out.add(x.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !ws(x.charAt(j), bytes)) {
                    j++;
                }
                out.add(x.substring(i, j));
                i = j;
            }
        } else {
            int i = n - 1;
            while (true) {
                while (i >= 0 && ws(x.charAt(i), bytes)) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                if (out.size() == max) {
                    out.add(x.substring(0, i + 1));
                    break;
                }
                int j = i;
                while (j >= 0 && !ws(x.charAt(j), bytes)) {
                    j--;
                }
                out.add(x.substring(j + 1, i + 1));
                i = j;
            }
            java.util.Collections.reverse(out);
        }
    }

    static boolean ws(char c, boolean bytes) {
        return bytes ? c == ' ' || (c >= '\t' && c <= '\r') : isSpace(c);
    }

    static String strip(String x, String chars, int how, boolean bytes) {
        int i = 0;
        int j = x.length();
        if (chars == null) {
            if ((how & 1) != 0) {
                while (i < j && ws(x.charAt(i), bytes)) {
                    i++;
                }
            }
            if ((how & 2) != 0) {
                while (j > i && ws(x.charAt(j - 1), bytes)) {
                    j--;
                }
            }
        } else {
            if ((how & 1) != 0) {
                while (i < j) {
                    int cp = x.codePointAt(i);
                    if (chars.indexOf(cp) < 0) {
                        break;
                    }
                    i += Character.charCount(cp);
                }
            }
            if ((how & 2) != 0) {
                while (j > i) {
                    int cp = x.codePointBefore(j);
                    if (chars.indexOf(cp) < 0) {
                        break;
                    }
                    j -= Character.charCount(cp);
                }
            }
        }
        return x.substring(i, j);
    }

    static PyObject keepIfSame(PyObject self, String r) {
        return self.type() == PyStr.TYPE && r.equals(s(self)) ? self : PyStr.of(r);
    }

    private static PyObject stripMethod(PyObject[] a, int how, String fn) {
        String chars = null;
        if (a.length > 1 && a[1] != NONE) {
            if (!(a[1] instanceof PyStr c)) {
                throw Exc.typeError(fn + " arg must be None or str");
            }
            chars = c.value();
        }
        return keepIfSame(a[0], strip(s(a[0]), chars, how, false));
    }

    private static PyObject affix(PyObject[] a, boolean start) {
        String fn = start ? "startswith" : "endswith";
        PyStr self = (PyStr) a[0];
        PyObject p = a[1];
        if (p instanceof PyTuple t) {
            for (PyObject o : t.items) {
                if (!(o instanceof PyStr ps)) {
                    throw Exc.typeError("tuple for " + fn + " must only contain str, not " + o.type().name());
                }
                if (affixOne(self, ps.value(), a, start)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(p instanceof PyStr ps)) {
            throw Exc.typeError(fn + " first arg must be str or a tuple of str, not " + p.type().name());
        }
        return PyBool.of(affixOne(self, ps.value(), a, start));
    }

    private static boolean affixOne(PyStr self, String sub, PyObject[] a, boolean start) {
        int len = self.length();
        long[] r = range(a, 2, len);
        int subLen = sub.codePointCount(0, sub.length());
        if (r[0] > len) {
            return false;
        }
        if (r[1] - r[0] < subLen) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        String x = self.value().substring(off(self, (int) r[0]), off(self, (int) r[1]));
        return start ? x.startsWith(sub) : x.endsWith(sub);
    }

    // ---- case ----

    /** lower() with CPython's Final_Sigma rule (handle_capital_sigma). */
    static String lower(String x) {
        StringBuilder sb = new StringBuilder(x.length());
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            lowerOne(x, i, cp, sb);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static void lowerOne(String x, int i, int cp, StringBuilder sb) {
        if (cp == 0x3a3) {
            sb.append(finalSigma(x, i) ? '\u03c2' : '\u03c3');
        } else {
            UnicodeTables.map(UnicodeTables.MAP_LOWER, cp, sb);
        }
    }

    private static boolean finalSigma(String x, int i) {
        int j = i;
        int c = 0;
        while (j > 0) {
            c = x.codePointBefore(j);
            if (!has(UnicodeTables.CASE_IGNORABLE, c)) {
                break;
            }
            j -= Character.charCount(c);
        }
        boolean before = j > 0 && has(UnicodeTables.CASED, c);
        if (!before) {
            return false;
        }
        j = i + 1;
        while (j < x.length()) {
            c = x.codePointAt(j);
            if (!has(UnicodeTables.CASE_IGNORABLE, c)) {
                break;
            }
            j += Character.charCount(c);
        }
        return j == x.length() || !has(UnicodeTables.CASED, c);
    }

    static String mapAll(String x, int which) {
        StringBuilder sb = new StringBuilder(x.length());
        x.codePoints().forEach(cp -> UnicodeTables.map(which, cp, sb));
        return sb.toString();
    }

    static String title(String x) {
        StringBuilder sb = new StringBuilder(x.length());
        boolean prevCased = false;
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            if (prevCased) {
                lowerOne(x, i, cp, sb);
            } else {
                UnicodeTables.map(UnicodeTables.MAP_TITLE, cp, sb);
            }
            prevCased = has(UnicodeTables.CASED, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String capitalize(String x) {
        StringBuilder sb = new StringBuilder(x.length());
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            if (i == 0) {
                UnicodeTables.map(UnicodeTables.MAP_TITLE, cp, sb);
            } else {
                lowerOne(x, i, cp, sb);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String swapcase(String x) {
        StringBuilder sb = new StringBuilder(x.length());
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            if (has(UnicodeTables.UPPER, cp)) {
                lowerOne(x, i, cp, sb);
            } else if (has(UnicodeTables.LOWER, cp)) {
                UnicodeTables.map(UnicodeTables.MAP_UPPER, cp, sb);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static boolean all(String x, int prop) {
        if (x.isEmpty()) {
            return false;
        }
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            if (!has(prop, cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    static boolean isUpperLower(String x, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            if (has(upper ? UnicodeTables.LOWER : UnicodeTables.UPPER, cp) || has(UnicodeTables.TITLE, cp)) {
                return false;
            }
            if (has(upper ? UnicodeTables.UPPER : UnicodeTables.LOWER, cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    static boolean isTitle(String x) {
        boolean cased = false;
        boolean prev = false;
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            if (has(UnicodeTables.UPPER, cp) || has(UnicodeTables.TITLE, cp)) {
                if (prev) {
                    return false;
                }
                prev = true;
                cased = true;
            } else if (has(UnicodeTables.LOWER, cp)) {
                if (!prev) {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    static boolean isIdentifier(String x) {
        if (x.isEmpty()) {
            return false;
        }
        int first = x.codePointAt(0);
        if (!has(UnicodeTables.XID_START, first) && first != '_') {
            return false;
        }
        for (int i = Character.charCount(first); i < x.length(); ) {
            int cp = x.codePointAt(i);
            if (!has(UnicodeTables.XID_CONTINUE, cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    static boolean isPrintable(String x) {
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            if (!has(UnicodeTables.PRINTABLE, cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    // ---- padding ----

    static int fillChar(PyObject[] a, int idx, String fn) {
        if (a.length <= idx) {
            return ' ';
        }
        if (!(a[idx] instanceof PyStr f)) {
            throw Exc.typeError("The fill character must be a unicode character, not " + a[idx].type().name());
        }
        if (f.length() != 1) {
            throw Exc.typeError("The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    /** Java Strings and arrays stop near 2**31: bigger results are a MemoryError here. */
    static void checkSize(long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw Exc.of(Exc.MemoryError, "");
        }
    }

    static String pad(String x, int len, long width, int fill, int how) {
        if (len >= width) {
            return null;
        }
        checkSize(width);
        int total = (int) (width - len);
        int left = how == 0 ? 0 : how == 1 ? total : total / 2 + (total & (int) width & 1);
        String f = new String(Character.toChars(fill));
        return f.repeat(left) + x + f.repeat(total - left);
    }

    private static PyObject padMethod(PyObject[] a, int how, String fn) {
        long w = Abstract.index(a[1]).ssize();
        PyStr self = (PyStr) a[0];
        String r = pad(self.value(), self.length(), w, fillChar(a, 2, fn), how);
        return r == null ? keepIfSame(self, self.value()) : PyStr.of(r);
    }

    static String zfill(String x, int len, long width) {
        if (len >= width) {
            return x;
        }
        checkSize(width);
        String zeros = "0".repeat((int) (width - len));
        if (!x.isEmpty() && (x.charAt(0) == '+' || x.charAt(0) == '-')) {
            return x.charAt(0) + zeros + x.substring(1);
        }
        return zeros + x;
    }

    static String expandtabs(String x, long tabsize) {
        if (tabsize > Integer.MAX_VALUE || tabsize < Integer.MIN_VALUE) {
            throw Exc.overflow("Python int too large to convert to C int");
        }
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    checkSize(sb.length() + n);
                    sb.append(" ".repeat((int) n));
                    col += n;
                }
            } else {
                sb.appendCodePoint(cp);
                col++;
                if (cp == '\n' || cp == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    static String replace(String x, String old, String nw, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            long n = 0;
            int i = 0;
            while (true) {
                if (n < count) {
                    sb.append(nw);
                    n++;
                } else {
                    sb.append(x, i, x.length());
                    break;
                }
                if (i >= x.length()) {
                    break;
                }
                int cp = x.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long n = 0; n < count; n++) {
            int j = x.indexOf(old, from);
            if (j < 0) {
                break;
            }
            sb.append(x, from, j).append(nw);
            from = j + old.length();
        }
        return sb.append(x, from, x.length()).toString();
    }

    static List<String> splitlines(String x, boolean keep, boolean bytes) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = x.length();
        for (int i = 0; i < n; i++) {
            char c = x.charAt(i);
            boolean br = bytes ? c == '\n' || c == '\r' : has(UnicodeTables.LINEBREAK, c);
            if (br) {
                int eol = i + 1;
                if (c == '\r' && i + 1 < n && x.charAt(i + 1) == '\n') {
                    eol = i + 2;
                }
                out.add(x.substring(start, keep ? eol : i));
                start = eol;
                i = eol - 1;
            }
        }
        if (start < n) {
            out.add(x.substring(start));
        }
        return out;
    }

    // ---- translate / maketrans ----

    static PyObject maketrans(PyObject[] a) {
        PyDict d = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict src)) {
                throw Exc.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = 0; i < src.entryLimit(); i++) {
                PyObject k = src.keyAt(i);
                if (k == null) {
                    continue;
                }
                PyObject v = src.valueAt(i);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw Exc.valueError("string keys in translate table must be of length 1");
                    }
                    d.put(PyInt.of(ks.codePointAt(0)), v);
                } else if (k instanceof PyInt) {
                    d.put(k, v);
                } else {
                    throw Exc.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        if (!(a[0] instanceof PyStr x)) {
            throw Exc.typeError("maketrans() argument 1 must be str, not " + a[0].type().name());
        }
        if (!(a[1] instanceof PyStr y)) {
            throw Exc.typeError("maketrans() argument 2 must be str, not " + a[1].type().name());
        }
        if (x.length() != y.length()) {
            throw Exc.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length(); i++) {
            d.put(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        }
        if (a.length > 2) {
            if (!(a[2] instanceof PyStr z)) {
                throw Exc.typeError("maketrans() argument 3 must be str, not " + a[2].type().name());
            }
            for (int i = 0; i < z.length(); i++) {
                d.put(PyInt.of(z.codePointAt(i)), NONE);
            }
        }
        return d;
    }

    static String translate(String x, PyObject table) {
        StringBuilder sb = new StringBuilder(x.length());
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            i += Character.charCount(cp);
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(cp));
            } catch (PyException e) {
                if (Exc.matches(e, Exc.LookupError)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (r == NONE) {
                continue;
            }
            if (r instanceof PyInt ri) {
                long v = ri.isLong() ? ri.longValue() : -1;
                if (v < 0 || v > 0x10ffff) {
                    throw Exc.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) v);
            } else if (r instanceof PyStr rs) {
                sb.append(rs.value());
            } else {
                throw Exc.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    static PyObject join(PyObject self, PyObject iterable) {
        String sep = s(self);
        PyObject[] parts = Abstract.toArrayFast(iterable, "can only join an iterable");
        if (parts.length == 1 && parts[0].type() == PyStr.TYPE) {
            return parts[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (!(parts[i] instanceof PyStr p)) {
                throw Exc.typeError("sequence item " + i + ": expected str instance, " + parts[i].type().name() + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(p.value());
        }
        return PyStr.of(sb.toString());
    }

    static void install() {
        PyType t = PyStr.TYPE;
        Methods.def(t, "join", 1, 1, a -> join(a[0], a[1]));
        Methods.defKw(t, "split", (a, k) -> split(a, k, false));
        Methods.defKw(t, "rsplit", (a, k) -> split(a, k, true));
        Methods.def(t, "strip", 0, 1, a -> stripMethod(a, 3, "strip"));
        Methods.def(t, "lstrip", 0, 1, a -> stripMethod(a, 1, "lstrip"));
        Methods.def(t, "rstrip", 0, 1, a -> stripMethod(a, 2, "rstrip"));
        Methods.defParse(t, "startswith", 1, 3, a -> affix(a, true));
        Methods.defParse(t, "endswith", 1, 3, a -> affix(a, false));
        Methods.defParse(t, "find", 1, 3, a -> PyInt.of(find((PyStr) a[0], mustBeStr(a[1]), a, 1)));
        Methods.defParse(t, "rfind", 1, 3, a -> PyInt.of(find((PyStr) a[0], mustBeStr(a[1]), a, -1)));
        Methods.defParse(t, "count", 1, 3, a -> PyInt.of(find((PyStr) a[0], mustBeStr(a[1]), a, 0)));
        Methods.defParse(t, "index", 1, 3, a -> {
            long i = find((PyStr) a[0], mustBeStr(a[1]), a, 1);
            if (i < 0) {
                throw Exc.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        Methods.defParse(t, "rindex", 1, 3, a -> {
            long i = find((PyStr) a[0], mustBeStr(a[1]), a, -1);
            if (i < 0) {
                throw Exc.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        Methods.def(t, "replace", 2, 3, a -> {
            String old = arg(a[1], "replace", 1);
            String nw = arg(a[2], "replace", 2);
            long count = a.length > 3 ? Abstract.index(a[3]).ssize() : -1;
            return keepIfSame(a[0], replace(s(a[0]), old, nw, count));
        });
        Methods.def(t, "partition", 1, 1, a -> partition(a, false));
        Methods.def(t, "rpartition", 1, 1, a -> partition(a, true));
        Methods.defKw(t, "splitlines", (a, k) -> {
            Args args = new Args("splitlines", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"keepends"}, 0, 1);
            boolean keep = Abstract.isTrue(args.get(0, PyBool.FALSE));
            PyList out = new PyList();
            for (String p : splitlines(s(a[0]), keep, false)) {
                out.append(PyStr.of(p));
            }
            return out;
        });
        Methods.def(t, "upper", 0, 0, a -> keepIfSame(a[0], mapAll(s(a[0]), UnicodeTables.MAP_UPPER)));
        Methods.def(t, "lower", 0, 0, a -> keepIfSame(a[0], lower(s(a[0]))));
        Methods.def(t, "casefold", 0, 0, a -> keepIfSame(a[0], mapAll(s(a[0]), UnicodeTables.MAP_FOLD)));
        Methods.def(t, "title", 0, 0, a -> PyStr.of(title(s(a[0]))));
        Methods.def(t, "capitalize", 0, 0, a -> PyStr.of(capitalize(s(a[0]))));
        Methods.def(t, "swapcase", 0, 0, a -> PyStr.of(swapcase(s(a[0]))));
        Methods.def(t, "ljust", 1, 2, a -> padMethod(a, 0, "ljust"));
        Methods.def(t, "rjust", 1, 2, a -> padMethod(a, 1, "rjust"));
        Methods.def(t, "center", 1, 2, a -> padMethod(a, 2, "center"));
        Methods.def(t, "zfill", 1, 1, a -> {
            PyStr self = (PyStr) a[0];
            return keepIfSame(self, zfill(self.value(), self.length(), Abstract.index(a[1]).ssize()));
        });
        Methods.defKw(t, "expandtabs", (a, k) -> {
            Args args = new Args("expandtabs", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"tabsize"}, 0, 1);
            return PyStr.of(expandtabs(s(a[0]), Abstract.index(args.get(0, PyInt.of(8))).ssize()));
        });
        Methods.def(t, "isalpha", 0, 0, a -> PyBool.of(all(s(a[0]), UnicodeTables.ALPHA)));
        Methods.def(t, "isdecimal", 0, 0, a -> PyBool.of(all(s(a[0]), UnicodeTables.DECIMAL)));
        Methods.def(t, "isdigit", 0, 0, a -> PyBool.of(all(s(a[0]), UnicodeTables.DIGIT)));
        Methods.def(t, "isnumeric", 0, 0, a -> PyBool.of(all(s(a[0]), UnicodeTables.NUMERIC)));
        Methods.def(t, "isspace", 0, 0, a -> PyBool.of(all(s(a[0]), UnicodeTables.SPACE)));
        Methods.def(t, "isalnum", 0, 0, a -> PyBool.of(!s(a[0]).isEmpty() && s(a[0]).codePoints().allMatch(UnicodeTables::isAlnum)));
        Methods.def(t, "isupper", 0, 0, a -> PyBool.of(isUpperLower(s(a[0]), true)));
        Methods.def(t, "islower", 0, 0, a -> PyBool.of(isUpperLower(s(a[0]), false)));
        Methods.def(t, "istitle", 0, 0, a -> PyBool.of(isTitle(s(a[0]))));
        Methods.def(t, "isidentifier", 0, 0, a -> PyBool.of(isIdentifier(s(a[0]))));
        Methods.def(t, "isprintable", 0, 0, a -> PyBool.of(isPrintable(s(a[0]))));
        Methods.def(t, "isascii", 0, 0, a -> PyBool.of(s(a[0]).chars().allMatch(c -> c < 128)));
        Methods.def(t, "removeprefix", 1, 1, a -> {
            String p = arg(a[1], "removeprefix", 1);
            String x = s(a[0]);
            return x.startsWith(p) && !p.isEmpty() ? PyStr.of(x.substring(p.length())) : keepIfSame(a[0], x);
        });
        Methods.def(t, "removesuffix", 1, 1, a -> {
            String p = arg(a[1], "removesuffix", 1);
            String x = s(a[0]);
            return x.endsWith(p) && !p.isEmpty() ? PyStr.of(x.substring(0, x.length() - p.length())) : keepIfSame(a[0], x);
        });
        Methods.def(t, "translate", 1, 1, a -> PyStr.of(translate(s(a[0]), a[1])));
        t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, k) -> {
            Args.checkPositional("maketrans", a, k, 1, 3);
            return maketrans(a);
        })));
        Methods.defKw(t, "encode", (a, k) -> {
            Args args = new Args("encode", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"encoding", "errors"}, 0, 2);
            String enc = args.get(0, null) == null ? "utf-8" : arg(args.get(0, null), "encode", 1);
            String errors = args.get(1, null) == null ? "strict" : arg(args.get(1, null), "encode", 2);
            return PyBytes.of(Codecs.encode(s(a[0]), enc, errors));
        });
        Methods.defKw(t, "format", (a, k) -> PyStr.of(StrFormat.format(s(a[0]), a, k)));
        Methods.def(t, "format_map", 1, 1, a -> PyStr.of(StrFormat.formatMap(s(a[0]), a[1])));
        Methods.def(t, "__rmod__", 1, 1, a -> PySingleton.NOT_IMPLEMENTED);
        Methods.def(t, "__getnewargs__", 0, 0, a -> new PyTuple(PyStr.of(s(a[0]))));
        Methods.def(t, "__sizeof__", 0, 0, a -> PyInt.of(49 + ((PyStr) a[0]).length()));
    }

    private static PyObject partition(PyObject[] a, boolean reverse) {
        String x = s(a[0]);
        String sep = mustBeStr(a[1]);
        if (sep.isEmpty()) {
            throw Exc.valueError("empty separator");
        }
        int i = reverse ? x.lastIndexOf(sep) : x.indexOf(sep);
        if (i < 0) {
            return reverse ? new PyTuple(PyStr.EMPTY, PyStr.EMPTY, a[0]) : new PyTuple(a[0], PyStr.EMPTY, PyStr.EMPTY);
        }
        return new PyTuple(PyStr.of(x.substring(0, i)), a[1], PyStr.of(x.substring(i + sep.length())));
    }
}
