package pyj.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;

class ExceptionTableTest {

    /** The worked example of CPython's encoding: 20..28 -> 100, depth 3, no lasti. */
    @Test
    void encodesTheWorkedExample() {
        byte[] bytes = ExceptionTable.encode(List.of(new ExceptionTable.Entry(20, 28, 100, 3, false)));
        assertArrayEquals(new byte[] {(byte) 148, 8, 65, 36, 6}, bytes);
        assertEquals(List.of(new ExceptionTable.Entry(20, 28, 100, 3, false)), ExceptionTable.decode(bytes));
    }

    @Test
    void largeValuesUseFiveBytes() {
        var e = new ExceptionTable.Entry(1 << 25, (1 << 25) + 70, (1 << 29) + 5, 4000, true);
        byte[] bytes = ExceptionTable.encode(List.of(e));
        // start 2^25 and target 2^29+5 take five 6-bit groups, size 70 two, depth<<1|lasti = 8001 three.
        assertEquals(5 + 2 + 5 + 3, bytes.length);
        assertEquals(List.of(e), ExceptionTable.decode(bytes));
    }

    @Test
    void lookupFindsTheCoveringEntry() {
        byte[] t = ExceptionTable.encode(List.of(new ExceptionTable.Entry(2, 10, 40, 1, true),
                new ExceptionTable.Entry(12, 14, 50, 0, false)));
        assertNull(ExceptionTable.lookup(t, 1));
        assertEquals(40, ExceptionTable.lookup(t, 2).target());
        assertEquals(40, ExceptionTable.lookup(t, 9).target());
        assertNull(ExceptionTable.lookup(t, 10));
        assertEquals(50, ExceptionTable.lookup(t, 13).target());
        assertNull(ExceptionTable.lookup(t, 14));
    }

    @Test
    void rejectsMalformedTables() {
        assertThrows(IllegalArgumentException.class, () -> ExceptionTable.decode(new byte[] {8}));
        assertThrows(IllegalArgumentException.class, () -> ExceptionTable.decode(new byte[] {(byte) 148, 8, 65}));
        assertThrows(IllegalArgumentException.class,
                () -> ExceptionTable.decode(new byte[] {(byte) 148, (byte) 136, 65, 36, 6}));
    }

    /** Every exception table CPython 3.11 builds for its own Lib decodes and re-encodes to the same bytes. */
    @Test
    void roundTripsCPythonsOwnTables() throws Exception {
        Process p = new ProcessBuilder(CPythonOracle.python(), "tools/exception_table_corpus.py")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> tables = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        assertEquals(0, p.waitFor());
        assertTrue(tables.size() > 5000, "expected thousands of tables, got " + tables.size());
        int entries = 0;
        for (String hex : tables) {
            byte[] bytes = HexFormat.of().parseHex(hex);
            List<ExceptionTable.Entry> decoded = ExceptionTable.decode(bytes);
            entries += decoded.size();
            assertArrayEquals(bytes, ExceptionTable.encode(decoded), hex);
            for (ExceptionTable.Entry e : decoded) {
                assertEquals(e, ExceptionTable.lookup(bytes, e.start()));
                assertEquals(e, ExceptionTable.lookup(bytes, e.end() - 1));
            }
        }
        assertTrue(entries > tables.size());
    }
}
