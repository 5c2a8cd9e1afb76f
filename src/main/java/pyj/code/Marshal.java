package pyj.code;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pyj.parse.ast.Constants;

/**
 * CPython 3.11's {@code marshal} format (Python/marshal.c, version 4): the bridge that lets pyj run
 * code objects compiled by CPython, and the base of the future {@code marshal} module and .pyc
 * reader.
 *
 * <p>{@link #read} produces values in the compile-time constant model that pyj's compiler
 * produces: {@link PyCode}; {@link Constants.Singleton}; {@link Boolean}; every int as a
 * {@link BigInteger}; {@link Double}; {@link Constants.Imaginary} (complex with real part +0.0) or
 * {@link CodeConstants.Complex}; {@link String} or {@link Constants.CodePointStr};
 * {@link Constants.Bytes}; {@link CodeConstants.Tuple}; {@link CodeConstants.FrozenSet}. Values
 * that never occur in code objects come back as plain Java values: a list as {@link List}, a dict
 * as a {@link LinkedHashMap}, a set as {@link SetValue}, StopIteration as {@link #STOP_ITERATION}.
 *
 * <p>CPython 3.11 writes a frozenset's items sorted by their marshalled bytes (reproducible .pyc
 * files), so a {@link CodeConstants.FrozenSet} read here keeps that order, not iteration order.
 */
public final class Marshal {
    private Marshal() {}

    /** The StopIteration singleton marshal can carry. */
    public enum Special {
        STOP_ITERATION
    }

    public static final Special STOP_ITERATION = Special.STOP_ITERATION;

    /** A mutable set (TYPE_SET); code objects only hold frozensets. */
    public record SetValue(List<Object> items) {}

    /** Malformed input: what CPython reports as "bad marshal data". */
    public static final class MarshalError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MarshalError(String msg) {
            super(msg, null, false, false);
        }
    }

    // Type codes (Python/marshal.c).
    private static final int TYPE_NULL = '0';
    private static final int TYPE_NONE = 'N';
    private static final int TYPE_FALSE = 'F';
    private static final int TYPE_TRUE = 'T';
    private static final int TYPE_STOPITER = 'S';
    private static final int TYPE_ELLIPSIS = '.';
    private static final int TYPE_INT = 'i';
    private static final int TYPE_INT64 = 'I';
    private static final int TYPE_FLOAT = 'f';
    private static final int TYPE_BINARY_FLOAT = 'g';
    private static final int TYPE_COMPLEX = 'x';
    private static final int TYPE_BINARY_COMPLEX = 'y';
    private static final int TYPE_LONG = 'l';
    private static final int TYPE_STRING = 's';
    private static final int TYPE_INTERNED = 't';
    private static final int TYPE_REF = 'r';
    private static final int TYPE_TUPLE = '(';
    private static final int TYPE_LIST = '[';
    private static final int TYPE_DICT = '{';
    private static final int TYPE_CODE = 'c';
    private static final int TYPE_UNICODE = 'u';
    private static final int TYPE_SET = '<';
    private static final int TYPE_FROZENSET = '>';
    private static final int TYPE_ASCII = 'a';
    private static final int TYPE_ASCII_INTERNED = 'A';
    private static final int TYPE_SMALL_TUPLE = ')';
    private static final int TYPE_SHORT_ASCII = 'z';
    private static final int TYPE_SHORT_ASCII_INTERNED = 'Z';
    private static final int FLAG_REF = 0x80;

    /** Reads one value from the whole of {@code data} (marshal.loads). */
    public static Object read(byte[] data) {
        Reader r = new Reader(data);
        Object v = r.object();
        if (v == null) {
            throw new MarshalError("bad marshal data (NULL object)");
        }
        return v;
    }

    /** Reads a code object (what {@code marshal.dumps(compile(...))} wrote). */
    public static PyCode readCode(byte[] data) {
        if (read(data) instanceof PyCode c) {
            return c;
        }
        throw new MarshalError("marshal data does not hold a code object");
    }

    private static final class Reader {
        private final byte[] buf;
        private int pos;
        private final List<Object> refs = new ArrayList<>();

        Reader(byte[] buf) {
            this.buf = buf;
        }

        private int u8() {
            if (pos >= buf.length) {
                throw new MarshalError("EOF read where object expected");
            }
            return buf[pos++] & 0xff;
        }

        private int s32() {
            int v = u8() | u8() << 8 | u8() << 16 | u8() << 24;
            return v;
        }

        private long s64() {
            return (s32() & 0xffffffffL) | ((long) s32() << 32);
        }

        private byte[] bytes(int n) {
            if (n < 0 || pos + n > buf.length) {
                throw new MarshalError("bad marshal data (size out of range)");
            }
            byte[] b = new byte[n];
            System.arraycopy(buf, pos, b, 0, n);
            pos += n;
            return b;
        }

        private int size() {
            int n = s32();
            if (n < 0) {
                throw new MarshalError("bad marshal data (size out of range)");
            }
            return n;
        }

        /** Reserves a ref slot before reading children (r_ref_reserve), or -1 without FLAG_REF. */
        private int reserve(boolean flag) {
            if (!flag) {
                return -1;
            }
            refs.add(null);
            return refs.size() - 1;
        }

        private Object fill(int idx, Object v) {
            if (idx >= 0) {
                refs.set(idx, v);
            }
            return v;
        }

        Object object() {
            int code = u8();
            boolean flag = (code & FLAG_REF) != 0;
            int type = code & ~FLAG_REF;
            int idx;
            switch (type) {
                case TYPE_NULL:
                    return null;
                case TYPE_NONE:
                    return Constants.Singleton.NONE;
                case TYPE_ELLIPSIS:
                    return Constants.Singleton.ELLIPSIS;
                case TYPE_FALSE:
                    return Boolean.FALSE;
                case TYPE_TRUE:
                    return Boolean.TRUE;
                case TYPE_STOPITER:
                    return STOP_ITERATION;
                case TYPE_REF: {
                    int n = s32();
                    if (n < 0 || n >= refs.size() || refs.get(n) == null) {
                        throw new MarshalError("bad marshal data (invalid reference)");
                    }
                    return refs.get(n);
                }
                default:
                    break;
            }
            idx = reserve(flag);
            Object v = switch (type) {
                case TYPE_INT -> BigInteger.valueOf(s32());
                case TYPE_INT64 -> BigInteger.valueOf(s64());
                case TYPE_LONG -> readLong();
                case TYPE_FLOAT -> textFloat();
                case TYPE_BINARY_FLOAT -> Double.longBitsToDouble(s64());
                case TYPE_COMPLEX -> complex(textFloat(), textFloat());
                case TYPE_BINARY_COMPLEX -> complex(Double.longBitsToDouble(s64()), Double.longBitsToDouble(s64()));
                case TYPE_STRING -> new Constants.Bytes(bytes(size()));
                case TYPE_UNICODE, TYPE_INTERNED -> decodeUtf8(bytes(size()));
                case TYPE_ASCII, TYPE_ASCII_INTERNED -> new String(bytes(size()), StandardCharsets.ISO_8859_1);
                case TYPE_SHORT_ASCII, TYPE_SHORT_ASCII_INTERNED -> new String(bytes(u8()), StandardCharsets.ISO_8859_1);
                case TYPE_TUPLE -> new CodeConstants.Tuple(items(size()));
                case TYPE_SMALL_TUPLE -> new CodeConstants.Tuple(items(u8()));
                case TYPE_LIST -> items(size());
                case TYPE_SET -> new SetValue(items(size()));
                case TYPE_FROZENSET -> new CodeConstants.FrozenSet(items(size()));
                case TYPE_DICT -> dict();
                case TYPE_CODE -> code();
                default -> throw new MarshalError("bad marshal data (unknown type code)");
            };
            return fill(idx, v);
        }

        private Object required() {
            Object v = object();
            if (v == null) {
                throw new MarshalError("NULL object in marshal data for object");
            }
            return v;
        }

        private List<Object> items(int n) {
            List<Object> l = new ArrayList<>(Math.min(n, 1 << 16));
            for (int i = 0; i < n; i++) {
                l.add(required());
            }
            return l;
        }

        private Map<Object, Object> dict() {
            Map<Object, Object> m = new LinkedHashMap<>();
            while (true) {
                Object k = object();
                if (k == null) {
                    return m;
                }
                m.put(k, required());
            }
        }

        /** TYPE_LONG: a signed digit count, then that many 15-bit digits, least significant first. */
        private BigInteger readLong() {
            int n = s32();
            int count = Math.abs(n);
            BigInteger v = BigInteger.ZERO;
            int[] digits = new int[count];
            for (int i = 0; i < count; i++) {
                int d = u8() | u8() << 8;
                if (d > 0x7fff) {
                    throw new MarshalError("bad marshal data (digit out of range in long)");
                }
                digits[i] = d;
            }
            for (int i = count - 1; i >= 0; i--) {
                v = v.shiftLeft(15).or(BigInteger.valueOf(digits[i]));
            }
            return n < 0 ? v.negate() : v;
        }

        private double textFloat() {
            String s = new String(bytes(u8()), StandardCharsets.ISO_8859_1);
            return switch (s) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan", "-nan" -> Double.NaN;
                default -> Double.parseDouble(s);
            };
        }

        private static Object complex(double re, double im) {
            // An imaginary literal's real part is +0.0: keep pyj.parse's form for it, as the compiler does.
            return re == 0 && 1 / re > 0 ? new Constants.Imaginary(im) : new CodeConstants.Complex(re, im);
        }

        private PyCode code() {
            int argcount = s32();
            int posonly = s32();
            int kwonly = s32();
            int stacksize = s32();
            int flags = s32();
            byte[] code = asBytes(required());
            List<Object> consts = asTuple(required());
            List<String> names = strings(required());
            List<String> lpNames = strings(required());
            byte[] lpKinds = asBytes(required());
            String filename = asString(required());
            String name = asString(required());
            String qualname = asString(required());
            int firstlineno = s32();
            byte[] linetable = asBytes(required());
            byte[] exceptiontable = asBytes(required());
            try {
                return new PyCode(argcount, posonly, kwonly, stacksize, flags, code, consts, names, lpNames, lpKinds,
                        filename, name, qualname, firstlineno, linetable, exceptiontable);
            } catch (IllegalArgumentException e) {
                throw new MarshalError("bad marshal data (" + e.getMessage() + ")");
            }
        }

        private static byte[] asBytes(Object o) {
            if (o instanceof Constants.Bytes b) {
                return b.value();
            }
            throw new MarshalError("bad marshal data (expected bytes in code object)");
        }

        private static List<Object> asTuple(Object o) {
            if (o instanceof CodeConstants.Tuple t) {
                return t.items();
            }
            throw new MarshalError("bad marshal data (expected tuple in code object)");
        }

        private static String asString(Object o) {
            if (o instanceof String s) {
                return s;
            }
            if (o instanceof Constants.CodePointStr c) {
                return new String(c.codePoints(), 0, c.codePoints().length);
            }
            throw new MarshalError("bad marshal data (expected str in code object)");
        }

        private static List<String> strings(Object o) {
            List<String> out = new ArrayList<>();
            for (Object x : asTuple(o)) {
                out.add(asString(x));
            }
            return out;
        }
    }

    /**
     * UTF-8 with "surrogatepass" (lone surrogates encoded as three bytes), as marshal writes str.
     * A String when it can hold the code points faithfully, else a {@link Constants.CodePointStr}.
     */
    static Object decodeUtf8(byte[] b) {
        int[] cps = new int[b.length];
        int n = 0;
        boolean ascii = true;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            int cp;
            if (c < 0x80) {
                cp = c;
                i++;
            } else {
                ascii = false;
                if (c < 0xe0) {
                    cp = (c & 0x1f) << 6 | (b[i + 1] & 0x3f);
                    i += 2;
                } else if (c < 0xf0) {
                    cp = (c & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | (b[i + 2] & 0x3f);
                    i += 3;
                } else {
                    cp = (c & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6 | (b[i + 3] & 0x3f);
                    i += 4;
                }
            }
            cps[n++] = cp;
        }
        if (ascii) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        for (int i = 0; i + 1 < n; i++) {
            if (cps[i] >= 0xd800 && cps[i] < 0xdc00 && cps[i + 1] >= 0xdc00 && cps[i + 1] < 0xe000) {
                // A Java String would read this pair as one supplementary character.
                return new Constants.CodePointStr(java.util.Arrays.copyOf(cps, n));
            }
        }
        return new String(cps, 0, n);
    }

    // ---- writer ----

    /**
     * marshal.dumps for the constant model (version 4 without refs: CPython reads that fine; its
     * own output differs only in FLAG_REF sharing and interning marks).
     */
    public static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeObject(out, value);
        return out.toByteArray();
    }

    private static void w32(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >> 8);
        out.write(v >> 16);
        out.write(v >> 24);
    }

    private static void w64(ByteArrayOutputStream out, long v) {
        w32(out, (int) v);
        w32(out, (int) (v >> 32));
    }

    private static void wBytes(ByteArrayOutputStream out, int type, byte[] b) {
        out.write(type);
        w32(out, b.length);
        out.writeBytes(b);
    }

    private static void wItems(ByteArrayOutputStream out, int type, List<?> items) {
        out.write(type);
        w32(out, items.size());
        for (Object o : items) {
            writeObject(out, o);
        }
    }

    private static void writeObject(ByteArrayOutputStream out, Object v) {
        switch (v) {
            case null -> out.write(TYPE_NULL);
            case Constants.Singleton s -> out.write(s == Constants.Singleton.NONE ? TYPE_NONE : TYPE_ELLIPSIS);
            case Special s -> out.write(TYPE_STOPITER);
            case Boolean b -> out.write(b ? TYPE_TRUE : TYPE_FALSE);
            case BigInteger i -> writeLong(out, i);
            case Double d -> {
                out.write(TYPE_BINARY_FLOAT);
                w64(out, Double.doubleToRawLongBits(d));
            }
            case Constants.Imaginary im -> {
                out.write(TYPE_BINARY_COMPLEX);
                w64(out, Double.doubleToRawLongBits(0.0));
                w64(out, Double.doubleToRawLongBits(im.imag()));
            }
            case CodeConstants.Complex c -> {
                out.write(TYPE_BINARY_COMPLEX);
                w64(out, Double.doubleToRawLongBits(c.real()));
                w64(out, Double.doubleToRawLongBits(c.imag()));
            }
            case String s -> wBytes(out, TYPE_UNICODE, encodeUtf8(s.codePoints().toArray()));
            case Constants.CodePointStr s -> wBytes(out, TYPE_UNICODE, encodeUtf8(s.codePoints()));
            case Constants.Bytes b -> wBytes(out, TYPE_STRING, b.value());
            case CodeConstants.Tuple t -> wItems(out, TYPE_TUPLE, t.items());
            case CodeConstants.FrozenSet f -> wItems(out, TYPE_FROZENSET, f.items());
            case SetValue s -> wItems(out, TYPE_SET, s.items());
            case List<?> l -> wItems(out, TYPE_LIST, l);
            case Map<?, ?> m -> {
                out.write(TYPE_DICT);
                m.forEach((k, x) -> {
                    writeObject(out, k);
                    writeObject(out, x);
                });
                out.write(TYPE_NULL);
            }
            case PyCode c -> {
                out.write(TYPE_CODE);
                w32(out, c.argcount());
                w32(out, c.posonlyargcount());
                w32(out, c.kwonlyargcount());
                w32(out, c.stacksize());
                w32(out, c.flags());
                wBytes(out, TYPE_STRING, c.code());
                wItems(out, TYPE_TUPLE, c.consts());
                wItems(out, TYPE_TUPLE, c.names());
                wItems(out, TYPE_TUPLE, c.localsPlusNames());
                wBytes(out, TYPE_STRING, c.localsPlusKinds());
                writeObject(out, c.filename());
                writeObject(out, c.name());
                writeObject(out, c.qualname());
                w32(out, c.firstlineno());
                wBytes(out, TYPE_STRING, c.linetable());
                wBytes(out, TYPE_STRING, c.exceptiontable());
            }
            default -> throw new IllegalArgumentException("unmarshallable object " + v.getClass().getName());
        }
    }

    private static void writeLong(ByteArrayOutputStream out, BigInteger i) {
        if (i.bitLength() < 32) {
            out.write(TYPE_INT);
            w32(out, i.intValue());
            return;
        }
        BigInteger a = i.abs();
        List<Integer> digits = new ArrayList<>();
        while (a.signum() != 0) {
            digits.add(a.intValue() & 0x7fff);
            a = a.shiftRight(15);
        }
        out.write(TYPE_LONG);
        w32(out, i.signum() < 0 ? -digits.size() : digits.size());
        for (int d : digits) {
            out.write(d);
            out.write(d >> 8);
        }
    }

    /** UTF-8 with surrogatepass. */
    static byte[] encodeUtf8(int[] cps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        for (int cp : cps) {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | cp >> 6);
                out.write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                out.write(0xe0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            } else {
                out.write(0xf0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3f);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            }
        }
        return out.toByteArray();
    }
}
