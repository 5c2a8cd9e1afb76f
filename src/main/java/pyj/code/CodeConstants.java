package pyj.code;

import java.util.List;
import pyj.parse.ast.PyRepr;

/**
 * The values a code object's co_consts can hold beyond the AST constants of
 * {@link pyj.parse.ast.Constants} (None, Ellipsis, bool, int as BigInteger, float, imaginary, str,
 * bytes): tuples and frozensets of constants, complex numbers made by constant folding, and nested
 * {@link PyCode} objects. These are compile-time values; the interpreter turns them into runtime
 * objects when it loads a code object.
 */
public final class CodeConstants {
    private CodeConstants() {}

    /** A tuple of constants. */
    public record Tuple(List<Object> items) {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /**
     * A frozenset of constants (the compiler makes one for {@code x in {1, 2}}). The items keep an
     * order, the one repr shows; CPython's order follows hashing, so whoever builds one decides it.
     */
    public record FrozenSet(List<Object> items) {
        public FrozenSet {
            items = List.copyOf(items);
        }
    }

    /** A complex number with a real part (folding {@code 1+2j}); {@code 2j} alone stays Imaginary. */
    public record Complex(double real, double imag) {}

    /** Python's repr of a constant, as dis prints it. */
    public static String repr(Object value) {
        StringBuilder sb = new StringBuilder();
        appendRepr(sb, value);
        return sb.toString();
    }

    public static void appendRepr(StringBuilder sb, Object value) {
        switch (value) {
            case Tuple t -> {
                sb.append('(');
                appendItems(sb, t.items());
                sb.append(t.items().size() == 1 ? ",)" : ")");
            }
            case FrozenSet f -> {
                if (f.items().isEmpty()) {
                    sb.append("frozenset()");
                } else {
                    sb.append("frozenset({");
                    appendItems(sb, f.items());
                    sb.append("})");
                }
            }
            case Complex c -> appendComplex(sb, c.real(), c.imag());
            case PyCode code -> sb.append(code.repr());
            default -> PyRepr.appendRepr(sb, value);
        }
    }

    private static void appendItems(StringBuilder sb, List<Object> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            appendRepr(sb, items.get(i));
        }
    }

    /** complex_repr: parts in repr style without ".0"; no parentheses when the real part is +0.0. */
    private static void appendComplex(StringBuilder sb, double real, double imag) {
        if (real == 0 && 1 / real > 0) {
            PyRepr.appendImaginary(sb, imag);
            return;
        }
        sb.append('(').append(part(real));
        String im = part(imag);
        if (!im.startsWith("-")) {
            sb.append('+'); // the imaginary part always carries a sign, even nan and inf
        }
        sb.append(im).append("j)");
    }

    /** A float as complex_repr formats each part: shortest repr, no ".0" added. */
    private static String part(double d) {
        // appendImaginary formats exactly so, followed by 'j'.
        StringBuilder sb = new StringBuilder();
        PyRepr.appendImaginary(sb, d);
        return sb.substring(0, sb.length() - 1);
    }
}
