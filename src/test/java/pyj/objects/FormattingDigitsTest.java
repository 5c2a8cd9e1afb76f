package pyj.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The 128-bit fast paths of dtoa's modes 2 and 3 against the BigDecimal reference, on many more
 * values than the CPython corpus holds (which checks the reference itself).
 */
class FormattingDigitsTest {

    private static String digits(FloatFormat.Digits d) {
        return new String(d.buf, 0, d.n) + "e" + d.decpt;
    }

    @Test
    void fastPathsAgreeWithExactArithmetic() {
        SplittableRandom r = new SplittableRandom(42);
        FloatFormat.Digits fast = new FloatFormat.Digits();
        FloatFormat.Digits exact = new FloatFormat.Digits();
        for (int i = 0; i < 300_000; i++) {
            double a = switch (i % 4) {
                case 0 -> r.nextDouble() * Math.pow(10, r.nextInt(-25, 25));
                case 1 -> Math.abs(Double.longBitsToDouble(r.nextLong()));
                case 2 -> r.nextInt(1_000_000) / Math.pow(10, r.nextInt(0, 8)); // short decimals and ties
                default -> r.nextInt(1 << 20) / (double) (1 << r.nextInt(0, 20)); // exact binary ties
            };
            if (!Double.isFinite(a) || a == 0) {
                continue;
            }
            int n = r.nextInt(0, 19);
            FloatFormat.fixed(a, n, fast);
            FloatFormat.fixedExact(a, n, exact);
            assertEquals(digits(exact), digits(fast), () -> "mode 3 " + a + " " + n);
            int sig = r.nextInt(1, 18);
            FloatFormat.significant(a, sig, fast);
            FloatFormat.significantExact(a, sig, exact);
            assertEquals(digits(exact), digits(fast), () -> "mode 2 " + a + " " + sig);
        }
    }
}
