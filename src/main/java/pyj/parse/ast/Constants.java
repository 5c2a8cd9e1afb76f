package pyj.parse.ast;

import java.util.Arrays;

/**
 * The values a {@link Ast.Constant} (and {@link Ast.MatchSingleton}) can hold:
 * {@link Singleton#NONE}, {@link Singleton#ELLIPSIS}, {@link Boolean}, {@link java.math.BigInteger}
 * (every int), {@link Double}, {@link Imaginary}, {@link String} (may hold lone surrogates, as a
 * Python str can), {@link CodePointStr} (the rare str a Java String cannot hold) and {@link Bytes}.
 */
public final class Constants {
    private Constants() {}

    /** None and Ellipsis. */
    public enum Singleton {
        NONE, ELLIPSIS
    }

    /** An imaginary literal such as {@code 1.5j}: a complex with real part 0.0. */
    public record Imaginary(double imag) {}

    /**
     * A Python str that a Java String cannot represent faithfully: it holds a high surrogate code
     * point followed by a low one as two separate code points (only escapes such as
     * {@code "\ud800\udc00"} make these; in a Java String they would read as one character).
     * Every other str is a {@link String}.
     */
    public record CodePointStr(int[] codePoints) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CodePointStr c && Arrays.equals(codePoints, c.codePoints);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codePoints);
        }

        @Override
        public String toString() {
            return "CodePointStr" + Arrays.toString(codePoints);
        }
    }

    /** A bytes literal. */
    public record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes" + Arrays.toString(value);
        }
    }
}
