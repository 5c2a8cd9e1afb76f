package pyj.objects;

import pyj.parse.ast.PyRepr;

/**
 * str: a Java String with code-point semantics. Most strings hold no surrogate pairs (no character
 * beyond the BMP), so indexing is O(1) on chars; {@link #isBmp()} is worked out once per string.
 * A str whose code points a Java String cannot keep apart (a lone high surrogate followed by a lone
 * low one) is not representable yet (see docs/internals/objects.md).
 */
public final class PyStr extends PyObject {
    /** Non-null for an instance of a Python subclass: its class and __dict__. */
    Sub sub;
    public static final PyType TYPE = PyType.builtin("str", null);
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    private final String value;
    /** -1 unknown, 0 holds surrogate pairs, 1 one char per code point. */
    private byte bmp = -1;
    private long hash = -1;
    private boolean hashed;

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) {
            return LATIN1[s.charAt(0)];
        }
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType type() {
        return sub == null ? TYPE : sub.type;
    }

    @Override
    public PyObject instanceAttr(String name) {
        return Sub.attr(sub, name);
    }

    @Override
    public boolean setInstanceAttr(String name, PyObject value) {
        return Sub.setAttr(sub, name, value);
    }

    @Override
    public PyDict instanceDict() {
        return Sub.dict(sub);
    }

    public String value() {
        return value;
    }

    public boolean isBmp() {
        if (bmp < 0) {
            boolean b = true;
            for (int i = 0; i < value.length(); i++) {
                if (Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    b = false;
                    break;
                }
            }
            bmp = (byte) (b ? 1 : 0);
        }
        return bmp == 1;
    }

    /** len(): code points. */
    public int length() {
        return isBmp() ? value.length() : value.codePointCount(0, value.length());
    }

    public int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The substring of code points [start, end). */
    public String substring(int start, int end) {
        if (isBmp()) {
            return value.substring(start, end);
        }
        int s = value.offsetByCodePoints(0, start);
        return value.substring(s, value.offsetByCodePoints(s, end - start));
    }

    public int[] codePoints() {
        return value.codePoints().toArray();
    }

    /** hash(str): CPython's SipHash-1-3 keyed by PYTHONHASHSEED ({@link Hashing#SECRET}). */
    public long hash() {
        if (!hashed) {
            hash = hashOf(value);
            hashed = true;
        }
        return hash;
    }

    /** The hash a PyStr holding {@code s} has, so dicts can be probed with a Java String. */
    public static long hashOf(String s) {
        return Hashing.SECRET.hashStr(s);
    }

    public String repr() {
        return reprOf(value);
    }

    public static String reprOf(String s) {
        return PyRepr.str(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
