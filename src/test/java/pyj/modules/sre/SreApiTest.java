package pyj.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;

/**
 * The compile-time checks and error paths of the engine, against CPython 3.11 where it can speak:
 * which code lists {@code _sre.compile} accepts (tools/sre_validate_oracle.py mutates valid code
 * and asks CPython), and the errors for values that do not fit a code word, str/bytes mismatches
 * and interrupts.
 */
public class SreApiTest {

    /** Code for a pattern, compiled by CPython live. */
    private static String[] cpython(String pattern, int flags) throws Exception {
        String script = "import sys; from re import _parser, _compiler; p = _parser.parse(sys.argv[1], int(sys.argv[2]));"
                + " print(p.state.groups - 1); print(','.join(str(int(c)) for c in _compiler._code(p, int(sys.argv[2]))))";
        Process p = new ProcessBuilder(CPythonOracle.python(), "-c", script, pattern, String.valueOf(flags))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        return out.strip().split("\n");
    }

    private static long[] parse(String list) {
        if (list.isEmpty()) {
            return new long[0];
        }
        String[] cs = list.split(",");
        long[] code = new long[cs.length];
        for (int i = 0; i < cs.length; i++) {
            code[i] = Long.parseLong(cs[i]);
        }
        return code;
    }

    @Test
    void validatorAcceptsWhatCPythonAccepts() throws Exception {
        Process p = new ProcessBuilder(CPythonOracle.python(), "tools/sre_validate_oracle.py", "7", "4000")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int cases = 0;
        int cpythonCrashes = 0;
        List<String> bad = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                cases++;
                String got;
                try {
                    SrePattern.compile(parse(f[2]), 0, Long.parseLong(f[1]), null, null);
                    got = "ok";
                } catch (SreError e) {
                    got = switch (e.kind()) {
                        case RUNTIME_ERROR -> "RuntimeError";
                        case OVERFLOW_ERROR -> "OverflowError";
                        default -> "other";
                    };
                }
                if (f[0].equals("crash")) {
                    // CPython 3.11's own validator reads out of bounds here; pyj must reject it
                    cpythonCrashes++;
                    if (!got.equals("RuntimeError")) {
                        bad.add("CPython crashed, pyj " + got + ": groups=" + f[1] + " code=" + f[2]);
                    }
                } else if (!got.equals(f[0]) && bad.size() < 20) {
                    bad.add("CPython " + f[0] + ", pyj " + got + ": groups=" + f[1] + " code=" + f[2]);
                }
            }
        }
        assertEquals(0, p.waitFor());
        System.out.printf("SRE validator: %d code lists, all agree with CPython (%d crash CPython and pyj rejects)%n",
                cases, cpythonCrashes);
        assertTrue(cases >= 4000);
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void codeWordsMustFitThirtyTwoBits() {
        SreError e = assertThrows(SreError.class,
                () -> SrePattern.compile(new long[] {1L << 32, 1}, 0, 0, null, null));
        assertEquals(SreError.Kind.OVERFLOW_ERROR, e.kind());
        assertEquals("regular expression code size limit exceeded", e.getMessage());
        e = assertThrows(SreError.class, () -> SrePattern.compile(new long[] {-1, 1}, 0, 0, null, null));
        assertEquals("can't convert negative value to unsigned int", e.getMessage());
        e = assertThrows(SreError.class, () -> SrePattern.compile(new long[] {16}, 0, 0, null, null));
        assertEquals(SreError.Kind.RUNTIME_ERROR, e.kind());
        assertEquals("invalid SRE code", e.getMessage());
    }

    @Test
    void strPatternsRejectBytesAndViceVersa() throws Exception {
        String[] c = cpython("a", 0);
        SrePattern str = SrePattern.compile(parse(c[1]), 32, Long.parseLong(c[0]), false, null);
        SreError e = assertThrows(SreError.class, () -> str.search(SreSubject.ofBytes(new byte[] {'a'})));
        assertEquals(SreError.Kind.TYPE_ERROR, e.kind());
        assertEquals("cannot use a string pattern on a bytes-like object", e.getMessage());
        SrePattern bytes = SrePattern.compile(parse(c[1]), 0, Long.parseLong(c[0]), true, null);
        e = assertThrows(SreError.class, () -> bytes.search(SreSubject.ofString("a")));
        assertEquals("cannot use a bytes pattern on a string-like object", e.getMessage());
        // a pattern compiled from None (isBytes null) takes either
        SrePattern none = SrePattern.compile(parse(c[1]), 0, Long.parseLong(c[0]), null, null);
        assertEquals(1, none.search(SreSubject.ofString("ba")).start(0));
        assertEquals(1, none.search(SreSubject.ofBytes(new byte[] {'b', 'a'})).start(0));
    }

    @Test
    void theCheckpointCanAbandonARunawayMatch() throws Exception {
        String[] c = cpython("(a|aa)*b", 0);
        SrePattern p = SrePattern.compile(parse(c[1]), 32, Long.parseLong(c[0]), false, null);
        int[] calls = {0};
        p.setCheckpoint(() -> {
            if (++calls[0] == 3) {
                throw new IllegalStateException("KeyboardInterrupt");
            }
        });
        // exponential backtracking: far more than three check intervals of work
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> p.search(SreSubject.ofString("a".repeat(40))));
        assertEquals("KeyboardInterrupt", e.getMessage());
        assertEquals(3, calls[0]);
        // the pattern stays usable
        p.setCheckpoint(null);
        assertEquals(2, p.match(SreSubject.ofString("ab")).end(0));
    }

    @Test
    void lastgroupNamesTheLastClosedGroup() throws Exception {
        String[] c = cpython("(?P<x>a)(b)?(?P<z>c)", 0);
        SrePattern p = SrePattern.compile(parse(c[1]), 32, Long.parseLong(c[0]), false,
                new Object[] {null, "x", null, "z"});
        SreMatch m = p.match(SreSubject.ofString("ac"));
        assertEquals(3, m.lastindex());
        assertEquals("z", m.lastgroup());
        assertEquals(-1, m.start(2));
        assertEquals(4, m.groupCount());
        SreError e = assertThrows(SreError.class, () -> m.start(4));
        assertEquals(SreError.Kind.INDEX_ERROR, e.kind());
        assertNull(p.match(SreSubject.ofString("ab")));
    }

    @Test
    void subjectsIndexByCodePoint() {
        SreSubject s = SreSubject.ofString("a\uD835\uDD18b");
        assertEquals(3, s.length());
        assertEquals(0x1D518, s.at(1));
        assertEquals("\uD835\uDD18b", s.substring(1, 3));
        SreSubject lone = SreSubject.ofString("a\uD835b");
        assertEquals(3, lone.length());
        assertEquals(0xD835, lone.at(1));
    }
}
