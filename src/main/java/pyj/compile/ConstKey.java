package pyj.compile;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import pyj.code.CodeConstants;
import pyj.code.PyCode;
import pyj.parse.ast.Constants;

/**
 * CPython's {@code _PyCode_ConstantKey}: the identity of a constant for co_consts deduplication.
 * 1, 1.0 and True are distinct (the type is part of the key); floats compare by their bits, so
 * 0.0 and -0.0 are distinct, and a NaN only matches itself (the same object); tuples and
 * frozensets compare item keys; code objects by value (code_richcompare).
 */
final class ConstKey {
    private ConstKey() {}

    record Typed(String type, Object value) {}

    record Seq(String type, List<Object> items) {}

    record Unordered(java.util.Set<Object> items) {}

    static Object of(Object v) {
        return of(v, true);
    }

    /**
     * The key with NaNs compared by value (bits), to compare constants of two compilations (a
     * test's concern): two NaN constants of different objects are then the same.
     */
    static Object ofValue(Object v) {
        return of(v, false);
    }

    private static Object of(Object v, boolean nanByIdentity) {
        return switch (v) {
            case Boolean b -> new Typed("bool", b);
            case BigInteger i -> new Typed("int", i);
            // A NaN is unequal to itself, so CPython's key (type, value) only matches the same
            // object: every folded NaN is a constant of its own.
            case Double d when nanByIdentity && d.isNaN() -> new Typed("float", new Identity(d));
            case Double d -> new Typed("float", Double.doubleToLongBits(d));
            case Constants.Imaginary j when nanByIdentity && Double.isNaN(j.imag()) ->
                    new Typed("complex", new Identity(j));
            case Constants.Imaginary j -> new Typed("complex", List.of(0L, Double.doubleToLongBits(j.imag())));
            case CodeConstants.Complex c when nanByIdentity && (Double.isNaN(c.real()) || Double.isNaN(c.imag())) ->
                    new Typed("complex", new Identity(c));
            case CodeConstants.Complex c -> new Typed("complex",
                    List.of(Double.doubleToLongBits(c.real()), Double.doubleToLongBits(c.imag())));
            case String s -> new Typed("str", s);
            case Constants.CodePointStr s -> new Typed("str", s);
            case Constants.Bytes b -> new Typed("bytes", b);
            case Constants.Singleton s -> s;
            case CodeConstants.Tuple t -> {
                List<Object> keys = new ArrayList<>(t.items().size());
                for (Object o : t.items()) {
                    keys.add(of(o, nanByIdentity));
                }
                yield new Seq("tuple", keys);
            }
            case CodeConstants.FrozenSet f -> {
                java.util.Set<Object> keys = new HashSet<>();
                for (Object o : f.items()) {
                    keys.add(of(o, nanByIdentity));
                }
                yield new Unordered(keys);
            }
            case PyCode c -> codeKey(c, nanByIdentity);
            default -> throw new IllegalArgumentException("not a constant: " + v.getClass());
        };
    }

    /** What code_richcompare compares (not the qualname, filename or stack size). */
    record Code(String name, int argcount, int posonlyargcount, int kwonlyargcount, int flags, int firstlineno,
            ByteBuffer code, List<Object> consts, List<String> names, List<String> localsPlusNames,
            ByteBuffer linetable, ByteBuffer exceptiontable) {}

    /**
     * Code objects are equal by value: the same lambda or comprehension compiled twice (a
     * while test, a finally body) is one constant, as in CPython.
     */
    private static Code codeKey(PyCode c, boolean nanByIdentity) {
        List<Object> consts = new ArrayList<>(c.consts().size());
        for (Object o : c.consts()) {
            consts.add(of(o, nanByIdentity));
        }
        return new Code(c.name(), c.argcount(), c.posonlyargcount(), c.kwonlyargcount(), c.flags(),
                c.firstlineno(), ByteBuffer.wrap(c.code()), consts, c.names(), c.localsPlusNames(),
                ByteBuffer.wrap(c.linetable()), ByteBuffer.wrap(c.exceptiontable()));
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
