package pyj.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import pyj.code.CodeConstants;
import pyj.code.PyCode;
import pyj.parse.ast.Constants;

/**
 * CPython's {@code _PyCode_ConstantKey}: the identity of a constant for co_consts deduplication.
 * 1, 1.0 and True are distinct (the type is part of the key); floats compare by their bits, so
 * 0.0 and -0.0 are distinct; tuples and frozensets compare item keys; code objects by identity.
 */
final class ConstKey {
    private ConstKey() {}

    record Typed(String type, Object value) {}

    record Seq(String type, List<Object> items) {}

    record Unordered(java.util.Set<Object> items) {}

    static Object of(Object v) {
        return switch (v) {
            case Boolean b -> new Typed("bool", b);
            case BigInteger i -> new Typed("int", i);
            case Double d -> new Typed("float", Double.doubleToRawLongBits(d));
            case Constants.Imaginary j -> new Typed("complex", List.of(0L, Double.doubleToRawLongBits(j.imag())));
            case CodeConstants.Complex c -> new Typed("complex",
                    List.of(Double.doubleToRawLongBits(c.real()), Double.doubleToRawLongBits(c.imag())));
            case String s -> new Typed("str", s);
            case Constants.CodePointStr s -> new Typed("str", s);
            case Constants.Bytes b -> new Typed("bytes", b);
            case Constants.Singleton s -> s;
            case CodeConstants.Tuple t -> {
                List<Object> keys = new ArrayList<>(t.items().size());
                for (Object o : t.items()) {
                    keys.add(of(o));
                }
                yield new Seq("tuple", keys);
            }
            case CodeConstants.FrozenSet f -> {
                java.util.Set<Object> keys = new HashSet<>();
                for (Object o : f.items()) {
                    keys.add(of(o));
                }
                yield new Unordered(keys);
            }
            case PyCode c -> new Typed("code", new Identity(c));
            default -> throw new IllegalArgumentException("not a constant: " + v.getClass());
        };
    }

    /** Wraps an object so that it compares by identity. */
    static final class Identity {
        final Object o;

        Identity(Object o) {
            this.o = o;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
