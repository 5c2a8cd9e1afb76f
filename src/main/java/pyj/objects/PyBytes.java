package pyj.objects;

import java.util.Arrays;

/**
 * bytes and bytearray: one Java class, told apart by {@link #type()}. bytes never changes its
 * array; a bytearray grows it (len {@code size}, capacity {@code data.length}).
 */
public final class PyBytes extends PyObject {
    /** Non-null for an instance of a Python subclass: its class and __dict__. */
    Sub sub;
    public static final PyType TYPE = PyType.builtin("bytes", null);
    public static final PyType BYTEARRAY_TYPE = PyType.builtin("bytearray", null);
    /** memoryview: the type exists (_collections_abc registers it as a Sequence); views are not done yet. */
    public static final PyType MEMORYVIEW_TYPE = PyType.builtin("memoryview", null);
    static final PyBytes EMPTY = new PyBytes(TYPE, new byte[0], 0);
    private static final PyBytes[] SINGLE = new PyBytes[256];

    static {
        for (int i = 0; i < 256; i++) {
            SINGLE[i] = new PyBytes(TYPE, new byte[] {(byte) i}, 1);
        }
    }

    PyType type;
    byte[] data;
    int size;
    /** bytearray: number of live buffer exports is not tracked; hash cache for bytes. */
    private long hash = -1;

    PyBytes(PyType type, byte[] data, int size) {
        this.type = type;
        this.data = data;
        this.size = size;
    }

    public static PyBytes of(byte[] b) {
        if (b.length <= 1) {
            return b.length == 0 ? EMPTY : SINGLE[b[0] & 0xff];
        }
        return new PyBytes(TYPE, b, b.length);
    }

    static PyBytes make(PyType t, byte[] b) {
        return t == TYPE ? of(b) : new PyBytes(t, b, b.length);
    }

    @Override
    public PyType type() {
        return type;
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

    public boolean isByteArray() {
        return type != TYPE && type.isSubtypeOf(BYTEARRAY_TYPE);
    }

    public int size() {
        return size;
    }

    public int at(int i) {
        return data[i] & 0xff;
    }

    /** The contents (a copy for bytearray, the array itself for bytes). */
    public byte[] bytes() {
        if (!isByteArray() && data.length == size) {
            return data;
        }
        return Arrays.copyOf(data, size);
    }

    public long hash() {
        if (hash == -1) {
            hash = Hashing.SECRET.hashBytes(data, 0, size);
        }
        return hash;
    }

    /** b'...' / bytearray(b'...'): CPython's bytes repr (single quotes unless only ' and no "). */
    public String repr() {
        String r = reprOf(data, size, isByteArray());
        return isByteArray() ? type.name() + "(" + r + ")" : r;
    }

    static String reprOf(byte[] d, int n) {
        return reprOf(d, n, false);
    }

    /** bytearray_repr escapes ' even inside double quotes; bytes_repr only the quote in use. */
    static String reprOf(byte[] d, int n, boolean bytearray) {
        boolean sq = false;
        boolean dq = false;
        for (int i = 0; i < n; i++) {
            if (d[i] == '\'') {
                sq = true;
            } else if (d[i] == '"') {
                dq = true;
            }
        }
        char q = sq && !dq ? '"' : '\'';
        StringBuilder sb = new StringBuilder(n + 3).append('b').append(q);
        for (int i = 0; i < n; i++) {
            int c = d[i] & 0xff;
            if (c == q || c == '\\' || (bytearray && c == '\'')) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    void ensure(int n) {
        if (n > data.length) {
            data = Arrays.copyOf(data, Math.max(n, data.length * 2 + 8));
        }
    }
}
