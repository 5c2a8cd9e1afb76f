package pyj.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Float methods against CPython 3.11.7 (float_methods.txt): repr, hex, as_integer_ratio,
 * round(x), round(x, n), float.fromhex, and round(int, n).
 */
class FormattingFloatTest {

    @Test
    void matchesCPython() throws IOException {
        List<String[]> cases = TestData.cases("float_methods.txt");
        List<String> failures = new ArrayList<>();
        int[] counts = new int[4];
        for (String[] c : cases) {
            switch (c[0]) {
                case "R" -> {
                    counts[0]++;
                    double v = TestData.dbl(c[1]);
                    check(failures, c, "=" + TestData.unesc(c[2]), "=" + FloatFormat.repr(v));
                    check(failures, c, "=" + TestData.unesc(c[3]), "=" + FloatFormat.hex(v));
                    check(failures, c, TestData.expected(c[4]), TestData.outcome(() -> {
                        BigInteger[] r = FloatFormat.asIntegerRatio(v);
                        return r[0] + "/" + r[1];
                    }));
                    check(failures, c, TestData.expected(c[5]), TestData.outcome(() -> FloatFormat.roundToInt(v)));
                }
                case "N" -> {
                    counts[1]++;
                    double v = TestData.dbl(c[1]);
                    long n = Long.parseLong(c[2]);
                    check(failures, c, TestData.expected(c[3]),
                            TestData.outcome(() -> TestData.bits(FloatFormat.round(v, n))));
                }
                case "H" -> {
                    counts[2]++;
                    String s = TestData.unesc(c[1]);
                    check(failures, c, TestData.expected(c[2]),
                            TestData.outcome(() -> TestData.bits(FloatFormat.fromHex(s))));
                }
                default -> {
                    counts[3]++;
                    BigInteger v = new BigInteger(c[1]);
                    long n = Long.parseLong(c[2]);
                    check(failures, c, TestData.expected(c[3]),
                            TestData.outcome(() -> Formatting.intToString(Formatting.roundInt(v, n))));
                }
            }
        }
        assertTrue(counts[0] > 2000 && counts[1] > 20000 && counts[2] > 600 && counts[3] > 1000);
        assertEquals(0, failures.size(), failures.size() + " failures, first:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private static void check(List<String> failures, String[] c, String expected, String got) {
        // NaN's bits: CPython keeps the payload of round(nan, n); compare NaN by value.
        if (!expected.equals(got) && !(isNanBits(expected) && isNanBits(got))) {
            failures.add(String.join(" ", c) + "\n   expected " + expected + "\n   got      " + got);
        }
    }

    private static boolean isNanBits(String s) {
        return s.startsWith("=") && s.length() == 17 && Double.isNaN(TestData.dbl(s.substring(1)));
    }

    @Test
    void complexReprIsFormatWithEmptySpec() throws IOException {
        // format(z, '') is str(z) by definition, and format_cases.txt checks formatComplex(re, im, "").
        int n = 0;
        for (String[] c : TestData.cases("format_cases.txt")) {
            if (c[0].equals("c") && c[2].isEmpty()) {
                String[] parts = c[1].split(",");
                double re = TestData.dbl(parts[0]);
                double im = TestData.dbl(parts[1]);
                assertEquals(TestData.expected(c[3]), "=" + FloatFormat.complexRepr(re, im));
                n++;
            }
        }
        assertTrue(n > 30);
    }

    @Test
    void samples() {
        assertEquals("0.1", FloatFormat.repr(0.1));
        assertEquals("1e+16", FloatFormat.repr(1e16));
        assertEquals("2.67", FloatFormat.toString(2.675, 'f', 2, 0));
        assertEquals("-0", FloatFormat.toString(-0.4, 'f', 0, 0));
        assertEquals("0", FloatFormat.toString(-0.4, 'f', 0, FloatFormat.NO_NEG_0));
        assertEquals("+1.000E+100", FloatFormat.toString(1e100, 'E', 3, FloatFormat.SIGN));
        assertEquals(2.0, FloatFormat.round(2.5, 0));
        assertEquals(-0.0, FloatFormat.round(-0.4, 0));
    }
}
