package pyj.objects;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pyj.parse.ast.PyRepr;

/**
 * A minimal stand-in for the object model, enough to drive PercentFormat and PyHash from the
 * generator's typed tokens: Long/BigInteger are int, Double float, String str, Boolean bool.
 */
final class StandInObjects implements PercentFormat.Operands<Object> {
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    record Bts(String latin1) {
        byte[] bytes() {
            return latin1.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    record Cx(double re, double im) {}

    record Tup(List<Object> items) {}

    record FSet(List<Object> items) {}

    record Lst() {}

    /** Parses the space-separated tokens of one operand field. */
    static Object parse(String field) {
        String[] toks = field.split(" ");
        int[] pos = {0};
        return parse(toks, pos);
    }

    private static Object parse(String[] t, int[] pos) {
        String tok = t[pos[0]++];
        switch (tok) {
            case "(" -> {
                List<Object> items = new ArrayList<>();
                while (!t[pos[0]].equals(")")) {
                    items.add(parse(t, pos));
                }
                pos[0]++;
                return new Tup(items);
            }
            case "<" -> {
                List<Object> items = new ArrayList<>();
                while (!t[pos[0]].equals(">")) {
                    items.add(parse(t, pos));
                }
                pos[0]++;
                return new FSet(items);
            }
            case "{" -> {
                Map<Object, Object> m = new LinkedHashMap<>();
                while (!t[pos[0]].equals("}")) {
                    Object k = parse(t, pos);
                    m.put(k, parse(t, pos));
                }
                pos[0]++;
                return m;
            }
            case "[" -> {
                pos[0]++;
                return new Lst();
            }
            default -> { }
        }
        String body = tok.substring(2);
        return switch (tok.charAt(0)) {
            case 'i' -> {
                BigInteger b = new BigInteger(body);
                yield b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            case 'f' -> TestData.dbl(body);
            case 'c' -> new Cx(TestData.dbl(body.split(",")[0]), TestData.dbl(body.split(",")[1]));
            case 's' -> TestData.unesc(body);
            case 'b' -> new Bts(TestData.unesc(body));
            case 'n' -> NONE;
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(tok);
        };
    }

    @Override
    public boolean isTuple(Object v) {
        return v instanceof Tup;
    }

    @Override
    public int tupleSize(Object tuple) {
        return ((Tup) tuple).items().size();
    }

    @Override
    public Object tupleItem(Object tuple, int i) {
        return ((Tup) tuple).items().get(i);
    }

    @Override
    public boolean isMapping(Object args, boolean bytesFormat) {
        // PyMapping_Check: anything with __getitem__ (list and bytes too) but tuple and str; the
        // bytes formatter also leaves out bytes and bytearray.
        return args instanceof Map || args instanceof Lst || (args instanceof Bts && !bytesFormat);
    }

    @Override
    public Object getItem(Object mapping, Object key) {
        if (mapping instanceof Lst || mapping instanceof Bts) {
            throw new TestData.PyLikeError("TypeError", (mapping instanceof Lst ? "list" : "byte")
                    + " indices must be integers or slices, not " + (key instanceof String ? "str" : "bytes"));
        }
        Object k = key instanceof byte[] b ? new Bts(new String(b, StandardCharsets.ISO_8859_1)) : key;
        Object v = ((Map<?, ?>) mapping).get(k);
        if (v == null) {
            throw new TestData.PyLikeError("KeyError", repr(k));
        }
        return v;
    }

    @Override
    public String typeName(Object v) {
        return switch (v) {
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case String s -> "str";
            case Bts b -> "bytes";
            case Tup t -> "tuple";
            case Map<?, ?> m -> "dict";
            case Lst l -> "list";
            case Cx c -> "complex";
            default -> "NoneType";
        };
    }

    @Override
    public String str(Object v) {
        return v instanceof String s ? s : repr(v);
    }

    @Override
    public String repr(Object v) {
        return switch (v) {
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case BigInteger b -> Formatting.intToString(b);
            case Double d -> FloatFormat.repr(d);
            case String s -> PyRepr.str(s);
            case Bts b -> PyRepr.bytes(b.bytes());
            case Tup t -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < t.items().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(repr(t.items().get(i)));
                }
                yield sb.append(t.items().size() == 1 ? ",)" : ")").toString();
            }
            case Map<?, ?> m -> {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    sb.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                    first = false;
                }
                yield sb.append('}').toString();
            }
            case Lst l -> "[]";
            default -> "None";
        };
    }

    @Override
    public String ascii(Object v) {
        String r = repr(v);
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    @Override
    public Number intValue(Object v) {
        return switch (v) {
            case Boolean b -> b ? 1L : 0L;
            case Long l -> l;
            case BigInteger b -> b;
            default -> null;
        };
    }

    @Override
    public Number toInteger(Object v, boolean index) {
        Number n = intValue(v);
        if (n == null && v instanceof Double d && !index) {
            BigInteger b = FloatFormat.toBigInteger(d);
            return b.bitLength() < 64 ? (Number) b.longValue() : b;
        }
        return n;
    }

    @Override
    public Double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        Number n = intValue(v);
        if (n == null) {
            return null;
        }
        double d = n.doubleValue();
        if (Double.isInfinite(d)) {
            throw new FormatError(FormatError.Kind.OVERFLOW_ERROR, "int too large to convert to float");
        }
        return d;
    }

    @Override
    public Number index(Object v) {
        return intValue(v);
    }

    @Override
    public String strValue(Object v) {
        return v instanceof String s ? s : null;
    }

    @Override
    public byte[] bytesValue(Object v) {
        return v instanceof Bts b ? b.bytes() : null;
    }

    @Override
    public byte[] toBytes(Object v) {
        return bytesValue(v);
    }
}
