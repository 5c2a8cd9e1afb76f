package pyj.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** str % args and bytes % args against CPython 3.11.7 (percent_cases.txt). */
class FormattingPercentTest {
    private static final StandInObjects OPS = new StandInObjects();

    @Test
    void matchesCPython() throws IOException {
        List<String[]> cases = TestData.cases("percent_cases.txt");
        List<String> failures = new ArrayList<>();
        int bytesCases = 0;
        for (String[] c : cases) {
            String fmt = TestData.unesc(c[1]);
            Object args = StandInObjects.parse(c[2]);
            String got;
            if (c[0].equals("B")) {
                bytesCases++;
                byte[] fb = fmt.getBytes(StandardCharsets.ISO_8859_1);
                got = TestData.outcome(
                        () -> new String(PercentFormat.formatBytes(fb, args, OPS), StandardCharsets.ISO_8859_1));
            } else {
                got = TestData.outcome(() -> PercentFormat.format(fmt, args, OPS));
            }
            String expected = TestData.expected(c[3]);
            if (!expected.equals(got)) {
                failures.add(c[0] + " " + fmt + " % " + c[2] + "\n   expected " + expected + "\n   got      " + got);
            }
        }
        assertTrue(cases.size() > 6000 && bytesCases > 800);
        assertEquals(0, failures.size(), failures.size() + " failures, first:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }
}
