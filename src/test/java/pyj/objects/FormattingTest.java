package pyj.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** format(value, spec) for int, float, complex and str against CPython 3.11.7 (format_cases.txt). */
class FormattingTest {

    @Test
    void matchesCPython() throws IOException {
        List<String[]> cases = TestData.cases("format_cases.txt");
        assertTrue(cases.size() > 30000);
        List<String> failures = new ArrayList<>();
        int[] perKind = new int[4];
        for (String[] c : cases) {
            String spec = TestData.unesc(c[2]);
            String expected = TestData.expected(c[3]);
            String got = switch (c[0]) {
                case "i" -> {
                    perKind[0]++;
                    BigInteger v = TestData.hexInt(c[1]);
                    yield TestData.outcome(() -> Formatting.formatInt(v, spec));
                }
                case "f" -> {
                    perKind[1]++;
                    double v = TestData.dbl(c[1]);
                    yield TestData.outcome(() -> Formatting.formatFloat(v, spec));
                }
                case "c" -> {
                    perKind[2]++;
                    String[] parts = c[1].split(",");
                    double re = TestData.dbl(parts[0]);
                    double im = TestData.dbl(parts[1]);
                    yield TestData.outcome(() -> Formatting.formatComplex(re, im, spec));
                }
                default -> {
                    perKind[3]++;
                    String v = TestData.unesc(c[1]);
                    yield TestData.outcome(() -> Formatting.formatStr(v, spec));
                }
            };
            if (!expected.equals(got)) {
                failures.add(c[0] + " " + c[1] + " spec=" + spec + "\n   expected " + expected + "\n   got      " + got);
            }
        }
        assertTrue(perKind[0] > 5000 && perKind[1] > 15000 && perKind[2] > 3000 && perKind[3] > 1000);
        assertEquals(0, failures.size(),
                failures.size() + " failures, first:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void longAndBigIntegerPathsAgree() {
        for (long v : new long[] {0, 5, -5, Long.MAX_VALUE, Long.MIN_VALUE, 1234567}) {
            for (String spec : new String[] {"", "d", ",", "_x", "#o", "+012,", "^20b", "e", ".3%"}) {
                assertEquals(Formatting.formatInt(v, spec), Formatting.formatInt(BigInteger.valueOf(v), spec), spec);
            }
        }
    }

    @Test
    void typeNameAppearsInMessages() {
        FormatError e = org.junit.jupiter.api.Assertions.assertThrows(FormatError.class,
                () -> Formatting.formatInt(1, "s", "bool"));
        assertEquals("Unknown format code 's' for object of type 'bool'", e.getMessage());
        assertEquals(FormatError.Kind.VALUE_ERROR, e.kind);
    }

    @Test
    void digitLimitIsConfigurable() {
        BigInteger big = BigInteger.TEN.pow(5000);
        int old = Formatting.intMaxStrDigits;
        try {
            Formatting.intMaxStrDigits = 0;
            assertEquals(5001, Formatting.formatInt(big, "d").length());
        } finally {
            Formatting.intMaxStrDigits = old;
        }
    }
}
