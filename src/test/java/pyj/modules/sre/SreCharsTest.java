package pyj.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;

/**
 * Character classes and case mappings over every code point, against CPython 3.11 run live: what
 * its _sre matches for \d, \s, \w (Unicode and ASCII), what {@code _sre.unicode_tolower},
 * {@code unicode_iscased}, {@code ascii_tolower} and {@code ascii_iscased} return, and the line
 * breaks of {@code str.splitlines}.
 */
public class SreCharsTest {
    private static final String ORACLE = String.join("\n",
            "import re, _sre, sys",
            "S = ''.join(map(chr, range(0x110000)))",
            "def idx(p, f=0): return ' '.join('%x' % m.start() for m in re.finditer(p, S, f))",
            "print('udigit', idx(r'\\d'))",
            "print('uspace', idx(r'\\s'))",
            "print('uword', idx(r'\\w'))",
            "print('adigit', idx(r'\\d', re.A))",
            "print('aspace', idx(r'\\s', re.A))",
            "print('aword', idx(r'\\w', re.A))",
            "print('linebreak', ' '.join('%x' % c for c in range(0x110000) if len(('a'+chr(c)+'b').splitlines()) == 2))",
            "print('ulower', ' '.join('%x:%x' % (c, _sre.unicode_tolower(c)) for c in range(0x110000)"
                    + " if _sre.unicode_tolower(c) != c))",
            "print('uiscased', ' '.join('%x' % c for c in range(0x110000) if _sre.unicode_iscased(c)))",
            "print('alower', ' '.join('%x:%x' % (c, _sre.ascii_tolower(c)) for c in range(0x110000)"
                    + " if _sre.ascii_tolower(c) != c))",
            "print('aiscased', ' '.join('%x' % c for c in range(0x110000) if _sre.ascii_iscased(c)))",
            "");

    @Test
    void everyCodePointAgreesWithCPython() throws Exception {
        Process p = new ProcessBuilder(CPythonOracle.python(), "-c", ORACLE)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> lines = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int sp = line.indexOf(' ');
                lines.put(sp < 0 ? line : line.substring(0, sp), sp < 0 ? "" : line.substring(sp + 1));
            }
        }
        assertEquals(0, p.waitFor());
        List<String> bad = new ArrayList<>();
        set(bad, "udigit", lines, c -> SreChars.category(SreConstants.CATEGORY_UNI_DIGIT, c));
        set(bad, "uspace", lines, c -> SreChars.category(SreConstants.CATEGORY_UNI_SPACE, c));
        set(bad, "uword", lines, c -> SreChars.category(SreConstants.CATEGORY_UNI_WORD, c));
        set(bad, "adigit", lines, c -> SreChars.category(SreConstants.CATEGORY_DIGIT, c));
        set(bad, "aspace", lines, c -> SreChars.category(SreConstants.CATEGORY_SPACE, c));
        set(bad, "aword", lines, c -> SreChars.category(SreConstants.CATEGORY_WORD, c));
        set(bad, "linebreak", lines, SreChars::uniIsLinebreak);
        set(bad, "uiscased", lines, SreChars::unicodeIscased);
        set(bad, "aiscased", lines, SreChars::asciiIscased);
        map(bad, "ulower", lines, SreChars::unicodeTolower);
        map(bad, "alower", lines, SreChars::asciiTolower);
        assertTrue(bad.isEmpty(), String.join("\n", bad));
        assertEquals(4, SreChars.getcodesize());
    }

    private static void set(List<String> bad, String key, Map<String, String> lines, IntPredicate pred) {
        BitSet want = new BitSet();
        String v = lines.get(key);
        if (!v.isEmpty()) {
            for (String h : v.split(" ")) {
                want.set(Integer.parseInt(h, 16));
            }
        }
        assertTrue(want.cardinality() > 0, key);
        int n = 0;
        for (int c = 0; c < 0x110000; c++) {
            if (want.get(c) != pred.test(c) && n++ < 5) {
                bad.add(key + ": U+" + Integer.toHexString(c) + " CPython " + want.get(c));
            }
        }
    }

    private static void map(List<String> bad, String key, Map<String, String> lines,
            java.util.function.IntUnaryOperator f) {
        Map<Integer, Integer> want = new HashMap<>();
        for (String pair : lines.get(key).split(" ")) {
            int colon = pair.indexOf(':');
            want.put(Integer.parseInt(pair, 0, colon, 16), Integer.parseInt(pair, colon + 1, pair.length(), 16));
        }
        int n = 0;
        for (int c = 0; c < 0x110000; c++) {
            int w = want.getOrDefault(c, c);
            if (f.applyAsInt(c) != w && n++ < 5) {
                bad.add(key + ": U+" + Integer.toHexString(c) + " CPython " + Integer.toHexString(w) + " pyj "
                        + Integer.toHexString(f.applyAsInt(c)));
            }
        }
    }
}
