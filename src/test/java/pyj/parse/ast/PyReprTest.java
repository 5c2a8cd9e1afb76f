package pyj.parse.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Python repr of constants. The expectation files under src/test/resources/pyj/parse/ were
 * produced by CPython 3.11.7 with tools/gen_literal_testdata.py.
 */
class PyReprTest {

    static List<String> lines(String name) throws IOException {
        InputStream in = PyReprTest.class.getResourceAsStream("/pyj/parse/" + name);
        assertTrue(in != null, name);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null;) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void floatsMatchCPython() throws IOException {
        List<String> ls = lines("float_repr.txt");
        assertTrue(ls.size() > 9000);
        for (String l : ls) {
            String[] f = l.split(" ");
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            assertEquals(f[1], PyRepr.floatRepr(d), l);
            StringBuilder sb = new StringBuilder();
            PyRepr.appendImaginary(sb, Math.abs(d));
            assertEquals(f[2], sb.toString(), l);
        }
    }

    @Test
    void floatSamples() {
        // Values checked against python3 3.11.7 by hand.
        assertEquals("1e+16", PyRepr.floatRepr(1e16));
        assertEquals("1e-05", PyRepr.floatRepr(1e-5));
        assertEquals("0.0001", PyRepr.floatRepr(1e-4));
        assertEquals("1000000000000000.0", PyRepr.floatRepr(1e15));
        assertEquals("5e-324", PyRepr.floatRepr(Double.MIN_VALUE));
        assertEquals("inf", PyRepr.floatRepr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyRepr.floatRepr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", PyRepr.floatRepr(Double.NaN));
        assertEquals("1.5e+300", PyRepr.floatRepr(1.5e300));
        assertEquals("100.0", PyRepr.floatRepr(100.0));
        assertEquals("-0.0", PyRepr.floatRepr(-0.0));
        assertEquals("1e+16j", PyRepr.repr(new Constants.Imaginary(1e16)));
        assertEquals("1j", PyRepr.repr(new Constants.Imaginary(1)));
        assertEquals("0j", PyRepr.repr(new Constants.Imaginary(0)));
        assertEquals("infj", PyRepr.repr(new Constants.Imaginary(Double.POSITIVE_INFINITY)));
    }

    @Test
    void strsMatchCPython() throws IOException {
        for (String l : lines("str_repr.txt")) {
            int sp = l.indexOf(' ');
            String cps = l.substring(0, sp);
            int[] cp = cps.equals("-") ? new int[0]
                    : java.util.Arrays.stream(cps.split("\\.")).mapToInt(h -> Integer.parseInt(h, 16)).toArray();
            String expected = l.substring(sp + 1);
            StringBuilder viaCodePoints = new StringBuilder();
            PyRepr.appendStr(viaCodePoints, cp);
            assertEquals(expected, viaCodePoints.toString(), l);
            // A Java String holds the same text unless a high surrogate code point precedes a low one.
            boolean pairs = false;
            for (int i = 0; i + 1 < cp.length; i++) {
                pairs |= Character.isHighSurrogate((char) cp[i]) && cp[i] < 0x10000
                        && Character.isLowSurrogate((char) cp[i + 1]) && cp[i + 1] < 0x10000;
            }
            if (!pairs) {
                assertEquals(expected, PyRepr.str(new String(cp, 0, cp.length)), l);
            }
        }
    }

    @Test
    void bytesMatchCPython() throws IOException {
        for (String l : lines("bytes_repr.txt")) {
            int sp = l.indexOf(' ');
            String hex = l.substring(0, sp);
            byte[] b = hex.equals("-") ? new byte[0] : HexFormat.of().parseHex(hex);
            assertEquals(l.substring(sp + 1), PyRepr.bytes(b), l);
        }
    }

    @Test
    void otherConstants() {
        assertEquals("True", PyRepr.repr(Boolean.TRUE));
        assertEquals("False", PyRepr.repr(Boolean.FALSE));
        assertEquals("None", PyRepr.repr(Constants.Singleton.NONE));
        assertEquals("Ellipsis", PyRepr.repr(Constants.Singleton.ELLIPSIS));
        assertEquals("-12345678901234567890", PyRepr.repr(new BigInteger("-12345678901234567890")));
        assertEquals("'\\udc80'", PyRepr.str("\udc80"));
        assertEquals("\"it's\"", PyRepr.str("it's"));
        assertEquals("'\\'\"'", PyRepr.str("'\""));
        assertEquals("'\\ud800\\udc00'", PyRepr.repr(new Constants.CodePointStr(new int[] {0xd800, 0xdc00})));
    }
}
