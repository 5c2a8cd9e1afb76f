package pyj.objects;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the expectation files that tools/gen_format_testdata.py wrote from CPython 3.11.7 (see its
 * docstring for the encoding). The generator is committed and deterministic; rerun it to refresh.
 */
final class TestData {
    private TestData() {}

    static List<String[]> cases(String name) throws IOException {
        InputStream in = TestData.class.getResourceAsStream("/pyj/objects/" + name);
        assertNotNull(in, name);
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String l; (l = r.readLine()) != null;) {
                out.add(l.split("\t", -1));
            }
        }
        return out;
    }

    /** Undoes esc(): \hex; becomes that code point. */
    static String unesc(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                int semi = s.indexOf(';', i);
                sb.appendCodePoint(Integer.parseInt(s, i + 1, semi, 16));
                i = semi;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static double dbl(String hexBits) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));
    }

    static String bits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    static BigInteger hexInt(String s) {
        return new BigInteger(s, 16);
    }

    /** "=text" or "!Kind:message" for what the code under test did. */
    static String outcome(ThrowingSupplier f) {
        try {
            return "=" + f.get();
        } catch (FormatError e) {
            return "!" + e.kind.pythonName + ":" + e.getMessage();
        } catch (PyLikeError e) {
            return "!" + e.pythonName + ":" + e.getMessage();
        }
    }

    /** Decodes an expected result field. */
    static String expected(String field) {
        if (field.startsWith("=")) {
            return "=" + unesc(field.substring(1));
        }
        int colon = field.indexOf(':');
        return field.substring(0, colon + 1) + unesc(field.substring(colon + 1));
    }

    interface ThrowingSupplier {
        Object get();
    }

    /** An error the test's stand-in object model raises (KeyError and the like). */
    static final class PyLikeError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String pythonName;

        PyLikeError(String pythonName, String message) {
            super(message, null, false, false);
            this.pythonName = pythonName;
        }
    }
}
