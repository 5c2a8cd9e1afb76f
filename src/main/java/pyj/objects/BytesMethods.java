package pyj.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * bytes and bytearray (Objects/bytesobject.c, bytearrayobject.c, bytes_methods.c). The search and
 * split methods run the str algorithms of {@link StrMethods} over latin-1 Strings (one char per
 * byte); case and class predicates are ASCII-only, as CPython's.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static final PyObject NONE = PySingleton.NONE;
    static final PyType ITER = PyIterator.newType("bytes_iterator");
    static final PyType BA_ITER = PyIterator.newType("bytearray_iterator");

    static PyBytes b(PyObject o) {
        return (PyBytes) o;
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static String latin1(PyObject o) {
        PyBytes x = (PyBytes) o;
        return new String(x.data, 0, x.size, StandardCharsets.ISO_8859_1);
    }

    static byte[] fromLatin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A bytes-like argument's contents (bytes, bytearray), or TypeError "a bytes-like object is required". */
    static byte[] toBytes(PyObject o) {
        if (o instanceof PyBytes x) {
            return x.bytes();
        }
        throw Exc.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /** A search argument: bytes-like or an int in range(256). */
    static String sub(PyObject o) {
        if (o instanceof PyBytes x) {
            return latin1(x);
        }
        if (o instanceof PyInt || o.type().lookup("__index__") != null) {
            long v = Abstract.index(o).isLong() ? Abstract.index(o).longValue() : -1;
            if (v < 0 || v > 255) {
                throw Exc.valueError("byte must be in range(0, 256)");
            }
            return String.valueOf((char) v);
        }
        throw Exc.typeError("argument should be integer or bytes-like object, not '" + o.type().name() + "'");
    }

    static PyBytes make(PyObject self, byte[] r) {
        return PyBytes.make(self.type() == PyBytes.TYPE || !b(self).isByteArray() ? PyBytes.TYPE : PyBytes.BYTEARRAY_TYPE, r);
    }

    static PyBytes make(PyObject self, String latin1) {
        return make(self, fromLatin1(latin1));
    }

    /** bytes(x) / bytearray(x): the forms shared by both constructors. */
    static byte[] construct(String name, PyObject x, PyObject enc, PyObject errors) {
        if (x == null) {
            if (enc != null || errors != null) {
                throw Exc.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (x instanceof PyStr s) {
            if (enc == null) {
                throw Exc.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value(), StrMethods.arg(enc, name, 2),
                    errors == null ? "strict" : StrMethods.arg(errors, name, 3));
        }
        if (enc != null || errors != null) {
            throw Exc.typeError(enc != null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (x instanceof PyBytes bx) {
            return bx.bytes().clone();
        }
        if (name.equals("bytes") && x.type().lookup("__bytes__") != null) {
            PyObject r = Abstract.callSpecial(x, "__bytes__");
            if (!(r instanceof PyBytes rb) || rb.isByteArray()) {
                throw Exc.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
            }
            return rb.bytes();
        }
        if (x instanceof PyInt || x.type().lookup("__index__") != null) {
            long n = Abstract.index(x).ssize();
            if (n < 0) {
                throw Exc.valueError("negative count");
            }
            StrMethods.checkSize(n);
            return new byte[(int) n];
        }
        if (x.type().lookup("__iter__") == null && x.type().lookup("__getitem__") == null) {
            throw Exc.typeError("cannot convert '" + x.type().name() + "' object to " + name);
        }
        PyObject[] items = Abstract.toArray(x);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            PyInt v = Abstract.index(items[i]);
            if (!v.isLong() || v.longValue() < 0 || v.longValue() > 255) {
                throw Exc.valueError(name.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            }
            out[i] = (byte) v.longValue();
        }
        return out;
    }

    static int byteValue(PyObject o) {
        PyInt v = Abstract.index(o);
        if (!v.isLong() || v.longValue() < 0 || v.longValue() > 255) {
            throw Exc.valueError("byte must be in range(0, 256)");
        }
        return (int) v.longValue();
    }

    private static PyObject finder(PyObject[] a, int dir, String which) {
        String x = latin1(a[0]);
        long r = StrMethods.find(new PyStr(x), sub(a[1]), a, dir);
        if (r < 0 && which != null) {
            throw Exc.valueError("subsection not found");
        }
        return PyInt.of(r);
    }

    static void install() {
        Methods.staticNew(PyBytes.MEMORYVIEW_TYPE, (cls, a, k) -> {
            throw Exc.notImplemented("memoryview is not implemented in pyj yet");
        });
        for (PyType t : new PyType[] {PyBytes.TYPE, PyBytes.BYTEARRAY_TYPE}) {
            boolean ba = t == PyBytes.BYTEARRAY_TYPE;
            String tn = t.name();
            Methods.staticNew(t, (cls, a, k) -> {
                Args args = new Args(tn, a, k, new String[] {"source", "encoding", "errors"}, 0, 3);
                byte[] data = construct(tn, args.get(0, null), args.get(1, null), args.get(2, null));
                return cls == t ? PyBytes.make(t, data) : Sub.attach(new PyBytes(t, data, data.length), cls);
            });
            if (ba) {
                Methods.defKw(t, "__init__", (a, k) -> PySingleton.NONE);
                t.define("__hash__", NONE);
            } else {
                Methods.def(t, "__hash__", 0, 0, a -> PyInt.of(b(a[0]).hash()));
            }
            Methods.def(t, "__len__", 0, 0, a -> PyInt.of(b(a[0]).size));
            Methods.def(t, "__repr__", 0, 0, a -> PyStr.of(b(a[0]).repr()));
            Methods.def(t, "__str__", 0, 0, a -> PyStr.of(b(a[0]).repr()));
            Methods.def(t, "__iter__", 0, 0, a -> {
                PyBytes self = b(a[0]);
                return new PyIterator(ba ? BA_ITER : ITER) {
                    int i;

                    @Override
                    public PyObject next() {
                        return i < self.size ? PyInt.of(self.at(i++)) : null;
                    }
                };
            });
            Methods.def(t, "__getitem__", 1, 1, a -> {
                PyBytes self = b(a[0]);
                if (a[1] instanceof PySlice sl) {
                    long[] ix = sl.indices(self.size);
                    byte[] out = new byte[(int) Math.max(0, ix[3])];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = self.data[(int) (ix[0] + i * ix[2])];
                    }
                    return make(self, out);
                }
                if (!(a[1] instanceof PyInt) && a[1].type().lookup("__index__") == null) {
                    throw Exc.typeError(tn + " indices must be integers or slices, not " + a[1].type().name());
                }
                return PyInt.of(self.at(index(a[1], self.size, ba)));
            });
            Methods.def(t, "__contains__", 1, 1, a -> PyBool.of(latin1(a[0]).contains(sub(a[1]))));
            Methods.def(t, "__add__", 1, 1, a -> {
                if (!(a[1] instanceof PyBytes y)) {
                    throw Exc.typeError("can't concat " + a[1].type().name() + " to " + tn);
                }
                byte[] x = b(a[0]).bytes();
                byte[] out = java.util.Arrays.copyOf(x, x.length + y.size);
                System.arraycopy(y.data, 0, out, x.length, y.size);
                return make(a[0], out);
            });
            Methods.Fixed mul = a -> {
                if (!(a[1] instanceof PyInt) && a[1].type().lookup("__index__") == null) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                long n = Math.max(0, Abstract.index(a[1]).ssize());
                byte[] x = b(a[0]).bytes();
                if (n * x.length > Integer.MAX_VALUE - 8) {
                    throw Exc.of(Exc.MemoryError, "");
                }
                byte[] out = new byte[(int) (n * x.length)];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(x, 0, out, i * x.length, x.length);
                }
                return make(a[0], out);
            };
            Methods.def(t, "__mul__", 1, 1, mul);
            Methods.def(t, "__rmul__", 1, 1, mul);
            Methods.def(t, "__mod__", 1, 1, a -> make(a[0], PercentOps.formatBytes(b(a[0]).bytes(), a[1])));
            Methods.def(t, "__rmod__", 1, 1, a -> PySingleton.NOT_IMPLEMENTED);
            for (int op = 0; op < 6; op++) {
                final int o = op;
                Methods.def(t, Abstract.CMP_DUNDER[op], 1, 1, a -> {
                    if (!(a[1] instanceof PyBytes y)) {
                        return PySingleton.NOT_IMPLEMENTED;
                    }
                    return PyBool.of(Numbers.test(java.util.Arrays.compareUnsigned(b(a[0]).data, 0, b(a[0]).size, y.data, 0, y.size), o));
                });
            }
            Methods.defKw(t, "decode", (a, k) -> {
                Args args = new Args("decode", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"encoding", "errors"}, 0, 2);
                String enc = args.get(0, null) == null ? "utf-8" : StrMethods.arg(args.get(0, null), "decode", 1);
                String errors = args.get(1, null) == null ? "strict" : StrMethods.arg(args.get(1, null), "decode", 2);
                return PyStr.of(Codecs.decode(b(a[0]).bytes(), enc, errors));
            });
            Methods.defKw(t, "hex", (a, k) -> {
                Args args = new Args("hex", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"sep", "bytes_per_sep"}, 0, 2);
                return PyStr.of(hex(b(a[0]).bytes(), args.get(0, null), args.get(1, null)));
            });
            t.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
                Args.checkPositional(tn + ".fromhex", java.util.Arrays.copyOfRange(a, 1, a.length), k, 1, 1);
                if (!(a[1] instanceof PyStr s)) {
                    throw Exc.typeError("fromhex() argument must be str, not " + a[1].type().name());
                }
                PyBytes r = PyBytes.make(t, fromHex(s.value()));
                return a[0] == t ? r : Abstract.call(a[0], r);
            })));
            t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, k) -> {
                Args.checkPositional("maketrans", a, k, 2, 2);
                byte[] from = toBytes(a[0]);
                byte[] to = toBytes(a[1]);
                if (from.length != to.length) {
                    throw Exc.valueError("maketrans arguments must have same length");
                }
                byte[] table = new byte[256];
                for (int i = 0; i < 256; i++) {
                    table[i] = (byte) i;
                }
                for (int i = 0; i < from.length; i++) {
                    table[from[i] & 0xff] = to[i];
                }
                return PyBytes.of(table);
            })));
            Methods.defParse(t, "count", 1, 3, a -> finder(a, 0, null));
            Methods.defParse(t, "find", 1, 3, a -> finder(a, 1, null));
            Methods.defParse(t, "rfind", 1, 3, a -> finder(a, -1, null));
            Methods.defParse(t, "index", 1, 3, a -> finder(a, 1, "index"));
            Methods.defParse(t, "rindex", 1, 3, a -> finder(a, -1, "rindex"));
            Methods.defParse(t, "startswith", 1, 3, a -> affix(a, true));
            Methods.defParse(t, "endswith", 1, 3, a -> affix(a, false));
            Methods.def(t, "join", 1, 1, a -> {
                PyObject[] parts = Abstract.toArrayFast(a[1], "can only join an iterable");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] sep = b(a[0]).bytes();
                for (int i = 0; i < parts.length; i++) {
                    if (!(parts[i] instanceof PyBytes p)) {
                        throw Exc.typeError("sequence item " + i + ": expected a bytes-like object, " + parts[i].type().name() + " found");
                    }
                    if (i > 0) {
                        out.writeBytes(sep);
                    }
                    out.write(p.data, 0, p.size);
                }
                return make(a[0], out.toByteArray());
            });
            Methods.defKw(t, "split", (a, k) -> split(a, k, false));
            Methods.defKw(t, "rsplit", (a, k) -> split(a, k, true));
            Methods.def(t, "strip", 0, 1, a -> strip(a, 3));
            Methods.def(t, "lstrip", 0, 1, a -> strip(a, 1));
            Methods.def(t, "rstrip", 0, 1, a -> strip(a, 2));
            Methods.def(t, "replace", 2, 3, a -> make(a[0], StrMethods.replace(latin1(a[0]), latin1(toBytes(a[1])),
                    latin1(toBytes(a[2])), a.length > 3 ? Abstract.index(a[3]).ssize() : -1)));
            Methods.def(t, "partition", 1, 1, a -> partition(a, false));
            Methods.def(t, "rpartition", 1, 1, a -> partition(a, true));
            Methods.defKw(t, "splitlines", (a, k) -> {
                Args args = new Args("splitlines", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"keepends"}, 0, 1);
                PyList out = new PyList();
                for (String p : StrMethods.splitlines(latin1(a[0]), Abstract.isTrue(args.get(0, PyBool.FALSE)), true)) {
                    out.append(make(a[0], p));
                }
                return out;
            });
            Methods.def(t, "upper", 0, 0, a -> make(a[0], ascii(latin1(a[0]), 0)));
            Methods.def(t, "lower", 0, 0, a -> make(a[0], ascii(latin1(a[0]), 1)));
            Methods.def(t, "swapcase", 0, 0, a -> make(a[0], ascii(latin1(a[0]), 2)));
            Methods.def(t, "title", 0, 0, a -> make(a[0], ascii(latin1(a[0]), 3)));
            Methods.def(t, "capitalize", 0, 0, a -> make(a[0], ascii(latin1(a[0]), 4)));
            Methods.def(t, "isalpha", 0, 0, a -> PyBool.of(allAscii(latin1(a[0]), 0)));
            Methods.def(t, "isdigit", 0, 0, a -> PyBool.of(allAscii(latin1(a[0]), 1)));
            Methods.def(t, "isalnum", 0, 0, a -> PyBool.of(allAscii(latin1(a[0]), 2)));
            Methods.def(t, "isspace", 0, 0, a -> PyBool.of(allAscii(latin1(a[0]), 3)));
            Methods.def(t, "isascii", 0, 0, a -> PyBool.of(latin1(a[0]).chars().allMatch(c -> c < 128)));
            Methods.def(t, "isupper", 0, 0, a -> PyBool.of(StrMethods.isUpperLower(asciiOnly(latin1(a[0])), true)));
            Methods.def(t, "islower", 0, 0, a -> PyBool.of(StrMethods.isUpperLower(asciiOnly(latin1(a[0])), false)));
            Methods.def(t, "istitle", 0, 0, a -> PyBool.of(StrMethods.isTitle(asciiOnly(latin1(a[0])))));
            Methods.def(t, "ljust", 1, 2, a -> pad(a, 0, "ljust"));
            Methods.def(t, "rjust", 1, 2, a -> pad(a, 1, "rjust"));
            Methods.def(t, "center", 1, 2, a -> pad(a, 2, "center"));
            Methods.def(t, "zfill", 1, 1, a -> make(a[0], StrMethods.zfill(latin1(a[0]), b(a[0]).size, Abstract.index(a[1]).ssize())));
            Methods.defKw(t, "expandtabs", (a, k) -> {
                Args args = new Args("expandtabs", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"tabsize"}, 0, 1);
                return make(a[0], StrMethods.expandtabs(latin1(a[0]), Abstract.index(args.get(0, PyInt.of(8))).ssize()));
            });
            Methods.def(t, "removeprefix", 1, 1, a -> {
                String x = latin1(a[0]);
                String p = latin1(toBytes(a[1]));
                return make(a[0], x.startsWith(p) ? x.substring(p.length()) : x);
            });
            Methods.def(t, "removesuffix", 1, 1, a -> {
                String x = latin1(a[0]);
                String p = latin1(toBytes(a[1]));
                return make(a[0], x.endsWith(p) && !p.isEmpty() ? x.substring(0, x.length() - p.length()) : x);
            });
            Methods.defKw(t, "translate", (a, k) -> {
                int nk = k == null ? 0 : k.length;
                if (a.length - nk < 2) {
                    throw Exc.typeError("translate() takes at least 1 positional argument (" + (a.length - nk - 1) + " given)");
                }
                Args args = new Args("translate", java.util.Arrays.copyOfRange(a, 1, a.length), k, new String[] {"", "delete"}, 1, 2);
                PyObject table = args.get(0, NONE);
                byte[] tb = table == NONE ? null : toBytes(table);
                if (tb != null && tb.length != 256) {
                    throw Exc.valueError("translation table must be 256 characters long");
                }
                byte[] del = toBytes(args.get(1, PyBytes.EMPTY));
                boolean[] drop = new boolean[256];
                for (byte d : del) {
                    drop[d & 0xff] = true;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PyBytes self = b(a[0]);
                for (int i = 0; i < self.size; i++) {
                    int c = self.at(i);
                    if (!drop[c]) {
                        out.write(tb == null ? c : tb[c] & 0xff);
                    }
                }
                return make(a[0], out.toByteArray());
            });
            Methods.def(t, "__getnewargs__", 0, 0, a -> new PyTuple(PyBytes.of(b(a[0]).bytes())));
        }
        installByteArray();
        for (PyType et : new PyType[] {Exc.UnicodeEncodeError, Exc.UnicodeDecodeError}) {
            String[] names = {"encoding", "object", "start", "end", "reason"};
            for (int i = 0; i < names.length; i++) {
                final int k = i;
                Methods.getter(et, names[i], o -> {
                    PyTuple args = ((PyBaseException) o).args;
                    return k < args.size() ? args.get(k) : NONE;
                });
            }
        }
    }

    private static PyObject affix(PyObject[] a, boolean start) {
        String fn = start ? "startswith" : "endswith";
        PyStr self = new PyStr(latin1(a[0]));
        PyObject[] args = a.clone();
        args[0] = self;
        PyObject p = a[1];
        PyObject[] subs = p instanceof PyTuple t ? t.items : new PyObject[] {p};
        for (PyObject o : subs) {
            if (!(o instanceof PyBytes pb)) {
                throw Exc.typeError(p instanceof PyTuple ? "a bytes-like object is required, not '" + o.type().name() + "'"
                        : fn + " first arg must be bytes or a tuple of bytes, not " + o.type().name());
            }
            args[1] = new PyStr(latin1(pb));
            if (Abstract.isTrue(Abstract.callMethod(self, fn, java.util.Arrays.copyOfRange(args, 1, args.length)))) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    private static PyObject split(PyObject[] a, String[] kw, boolean reverse) {
        String fn = reverse ? "rsplit" : "split";
        Args args = new Args(fn, java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"sep", "maxsplit"}, 0, 2);
        String x = latin1(a[0]);
        PyObject sepO = args.get(0, NONE);
        long max = Abstract.index(args.get(1, PyInt.of(-1))).ssize();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<String> out = new ArrayList<>();
        if (sepO == NONE) {
            StrMethods.splitWhitespace(x, max, reverse, out, true);
        } else {
            String sep = latin1(toBytes(sepO));
            if (sep.isEmpty()) {
                throw Exc.valueError("empty separator");
            }
            StrMethods.splitSep(x, sep, max, reverse, out);
        }
        PyList l = new PyList();
        for (String p : out) {
            l.append(make(a[0], p));
        }
        return l;
    }

    private static PyObject strip(PyObject[] a, int how) {
        String chars = a.length > 1 && a[1] != NONE ? latin1(toBytes(a[1])) : null;
        return make(a[0], StrMethods.strip(latin1(a[0]), chars, how, true));
    }

    private static PyObject partition(PyObject[] a, boolean reverse) {
        String x = latin1(a[0]);
        String sep = latin1(toBytes(a[1]));
        if (sep.isEmpty()) {
            throw Exc.valueError("empty separator");
        }
        int i = reverse ? x.lastIndexOf(sep) : x.indexOf(sep);
        PyObject e = make(a[0], "");
        if (i < 0) {
            return reverse ? new PyTuple(e, make(a[0], ""), make(a[0], x)) : new PyTuple(make(a[0], x), e, make(a[0], ""));
        }
        return new PyTuple(make(a[0], x.substring(0, i)), make(a[0], sep), make(a[0], x.substring(i + sep.length())));
    }

    private static PyObject pad(PyObject[] a, int how, String fn) {
        int fill = ' ';
        if (a.length > 2) {
            if (!(a[2] instanceof PyBytes f) || f.size != 1) {
                throw Exc.typeError(fn + "() argument 2 must be a byte string of length 1, not " + a[2].type().name());
            }
            fill = f.at(0);
        }
        String x = latin1(a[0]);
        String r = StrMethods.pad(x, x.length(), Abstract.index(a[1]).ssize(), fill, how);
        return make(a[0], r == null ? x : r);
    }

    private static String asciiOnly(String x) {
        StringBuilder sb = new StringBuilder(x.length());
        for (char c : x.toCharArray()) {
            sb.append(c < 128 ? c : '\0');
        }
        return sb.toString();
    }

    private static boolean allAscii(String x, int what) {
        if (x.isEmpty()) {
            return false;
        }
        for (char c : x.toCharArray()) {
            boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean digit = c >= '0' && c <= '9';
            boolean ok = switch (what) {
                case 0 -> alpha;
                case 1 -> digit;
                case 2 -> alpha || digit;
                default -> c == ' ' || (c >= '\t' && c <= '\r');
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** ASCII case operations: 0 upper, 1 lower, 2 swapcase, 3 title, 4 capitalize. */
    private static String ascii(String x, int op) {
        StringBuilder sb = new StringBuilder(x.length());
        boolean prevCased = false;
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            boolean up = c >= 'A' && c <= 'Z';
            boolean lo = c >= 'a' && c <= 'z';
            char u = lo ? (char) (c - 32) : c;
            char l = up ? (char) (c + 32) : c;
            sb.append(switch (op) {
                case 0 -> u;
                case 1 -> l;
                case 2 -> up ? l : u;
                case 3 -> prevCased ? l : u;
                default -> i == 0 ? u : l;
            });
            prevCased = up || lo;
        }
        return sb.toString();
    }

    static String hex(byte[] d, PyObject sepO, PyObject groupO) {
        StringBuilder sb = new StringBuilder(d.length * 2);
        String sep = null;
        if (sepO != null) {
            if (sepO instanceof PyStr s) {
                sep = s.value();
            } else if (sepO instanceof PyBytes sb2) {
                sep = latin1(sb2);
            } else {
                throw Exc.typeError("sep must be str or bytes.");
            }
            if (sep.length() != 1) {
                throw Exc.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 127) {
                throw Exc.valueError("sep must be ASCII.");
            }
        }
        long group = groupO == null ? 1 : Abstract.index(groupO).ssize();
        if (sep == null || group == 0 || d.length == 0) {
            for (byte x : d) {
                sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
            }
            return sb.toString();
        }
        long g = Math.abs(group);
        for (int i = 0; i < d.length; i++) {
            // group > 0 counts from the right, group < 0 from the left
            if (i > 0 && (group > 0 ? (d.length - i) % g == 0 : i % g == 0)) {
                sb.append(sep);
            }
            sb.append(Character.forDigit((d[i] >> 4) & 15, 16)).append(Character.forDigit(d[i] & 15, 16));
        }
        return sb.toString();
    }

    static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && StrMethods.isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int hi = Character.digit(s.charAt(i), 16);
            if (hi < 0 || s.charAt(i) > 127) {
                throw Exc.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (i + 1 >= n) {
                throw Exc.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            int lo = Character.digit(s.charAt(i + 1), 16);
            if (lo < 0 || s.charAt(i + 1) > 127) {
                throw Exc.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static void installByteArray() {
        PyType t = PyBytes.BYTEARRAY_TYPE;
        t.define("__init__", new PyMethodDescr(t, "__init__", (a, k) -> {
            Args args = new Args("bytearray", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"source", "encoding", "errors"}, 0, 3);
            byte[] data = construct("bytearray", args.get(0, null), args.get(1, null), args.get(2, null));
            PyBytes self = b(a[0]);
            self.data = data;
            self.size = data.length;
            return NONE;
        }));
        Methods.staticNew(t, (cls, a, k) -> {
            PyBytes r = new PyBytes(t, new byte[0], 0);
            return cls == t ? r : Sub.attach(r, cls);
        });
        Methods.def(t, "append", 1, 1, a -> {
            PyBytes self = b(a[0]);
            int v = byteValue(a[1]);
            self.ensure(self.size + 1);
            self.data[self.size++] = (byte) v;
            return NONE;
        });
        Methods.def(t, "extend", 1, 1, a -> {
            byte[] more = a[1] instanceof PyBytes x ? x.bytes() : construct("bytearray", a[1], null, null);
            insertAt(b(a[0]), b(a[0]).size, more);
            return NONE;
        });
        Methods.def(t, "__iadd__", 1, 1, a -> {
            insertAt(b(a[0]), b(a[0]).size, toBytes(a[1]).clone());
            return a[0];
        });
        Methods.def(t, "insert", 2, 2, a -> {
            PyBytes self = b(a[0]);
            long i = Abstract.index(a[1]).ssize();
            if (i < 0) {
                i = Math.max(0, i + self.size);
            }
            insertAt(self, (int) Math.min(i, self.size), new byte[] {(byte) byteValue(a[2])});
            return NONE;
        });
        Methods.def(t, "pop", 0, 1, a -> {
            PyBytes self = b(a[0]);
            if (self.size == 0) {
                throw Exc.indexError("pop from empty bytearray");
            }
            long i = a.length > 1 ? Abstract.index(a[1]).ssize() : -1;
            if (i < 0) {
                i += self.size;
            }
            if (i < 0 || i >= self.size) {
                throw Exc.indexError("pop index out of range");
            }
            int v = self.at((int) i);
            System.arraycopy(self.data, (int) i + 1, self.data, (int) i, self.size - (int) i - 1);
            self.size--;
            return PyInt.of(v);
        });
        Methods.def(t, "remove", 1, 1, a -> {
            PyBytes self = b(a[0]);
            int v = byteValue(a[1]);
            for (int i = 0; i < self.size; i++) {
                if (self.at(i) == v) {
                    System.arraycopy(self.data, i + 1, self.data, i, self.size - i - 1);
                    self.size--;
                    return NONE;
                }
            }
            throw Exc.valueError("value not found in bytearray");
        });
        Methods.def(t, "clear", 0, 0, a -> {
            b(a[0]).size = 0;
            return NONE;
        });
        Methods.def(t, "copy", 0, 0, a -> PyBytes.make(t, b(a[0]).bytes()));
        Methods.def(t, "reverse", 0, 0, a -> {
            PyBytes self = b(a[0]);
            for (int i = 0, j = self.size - 1; i < j; i++, j--) {
                byte x = self.data[i];
                self.data[i] = self.data[j];
                self.data[j] = x;
            }
            return NONE;
        });
        Methods.def(t, "__setitem__", 2, 2, a -> {
            PyBytes self = b(a[0]);
            if (a[1] instanceof PySlice sl) {
                long[] ix = sl.indices(self.size);
                byte[] v = a[2] instanceof PyBytes x ? x.bytes() : construct("bytearray", a[2], null, null);
                if (ix[2] == 1) {
                    int start = (int) ix[0];
                    int stop = (int) Math.max(ix[0], ix[1]);
                    byte[] rest = java.util.Arrays.copyOfRange(self.data, stop, self.size);
                    self.size = start;
                    insertAt(self, start, v);
                    insertAt(self, self.size, rest);
                } else {
                    if (v.length != ix[3]) {
                        throw Exc.valueError("attempt to assign bytes of size " + v.length + " to extended slice of size " + ix[3]);
                    }
                    for (int i = 0; i < v.length; i++) {
                        self.data[(int) (ix[0] + i * ix[2])] = v[i];
                    }
                }
                return NONE;
            }
            int i = index(a[1], self.size, true);
            self.data[i] = (byte) byteValue(a[2]);
            return NONE;
        });
        Methods.def(t, "__delitem__", 1, 1, a -> {
            PyBytes self = b(a[0]);
            if (a[1] instanceof PySlice sl) {
                long[] ix = sl.indices(self.size);
                boolean[] del = new boolean[self.size];
                for (long i = 0; i < ix[3]; i++) {
                    del[(int) (ix[0] + i * ix[2])] = true;
                }
                int w = 0;
                for (int i = 0; i < self.size; i++) {
                    if (!del[i]) {
                        self.data[w++] = self.data[i];
                    }
                }
                self.size = w;
                return NONE;
            }
            int i = index(a[1], self.size, true);
            System.arraycopy(self.data, i + 1, self.data, i, self.size - i - 1);
            self.size--;
            return NONE;
        });
    }

    /** An item index: "index out of range" (bytes) / "bytearray index out of range". */
    private static int index(PyObject key, int len, boolean ba) {
        PyInt k = Abstract.index(key);
        long i = k.isLong() ? k.longValue() : Long.MAX_VALUE;
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Exc.indexError(ba ? "bytearray index out of range" : "index out of range");
        }
        return (int) i;
    }

    private static void insertAt(PyBytes self, int at, byte[] more) {
        self.ensure(self.size + more.length);
        System.arraycopy(self.data, at, self.data, at + more.length, self.size - at);
        System.arraycopy(more, 0, self.data, at, more.length);
        self.size += more.length;
    }
}
