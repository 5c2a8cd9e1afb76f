package pyj.parse.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * \N{...} name lookup against what CPython 3.11.7 accepts (unicode_names.txt, made by
 * tools/gen_literal_testdata.py: a sample of all Unicode 14 names, lower-case variants, aliases,
 * algorithmic CJK and Hangul names, and names CPython rejects).
 */
class UnicodeNamesTest {
    @Test
    void namesMatchCPython() throws IOException {
        int n = 0;
        for (String l : PyReprTest.lines("unicode_names.txt")) {
            int tab = l.indexOf('\t');
            String name = l.substring(0, tab);
            int expected = Integer.parseInt(l.substring(tab + 1), 16);
            assertEquals(expected, UnicodeNames.lookup(name), l);
            n++;
        }
        assertEquals(true, n > 3000);
    }
}
