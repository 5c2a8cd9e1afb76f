package pyj.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;

/**
 * A timing print, not an assertion: typical patterns run by pyj's engine and by CPython's _sre
 * (tools/sre_bench.py measures CPython on the same code and subjects). The JVM side is warmed up
 * for a moment first; the numbers are only indicative on a shared machine. Tagged "bench": not
 * part of the test suite; run it with bench/sre.
 */
@Tag("bench")
public class SreBenchTest {

    @Test
    void timingsAgainstCPython() throws Exception {
        Process p = new ProcessBuilder(CPythonOracle.python(), "tools/sre_bench.py")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            for (String line; (line = r.readLine()) != null; ) {
                rows.add(line.split("\t", -1));
            }
        }
        assertEquals(0, p.waitFor());
        StringBuilder report = new StringBuilder(String.format("%-14s %-15s %12s %12s %7s%n", "benchmark", "operation",
                "CPython µs", "pyj µs", "ratio"));
        for (String[] f : rows) {
            String[] cs = f[4].split(",");
            long[] code = new long[cs.length];
            for (int i = 0; i < cs.length; i++) {
                code[i] = Long.parseLong(cs[i]);
            }
            SrePattern pat = SrePattern.compile(code, Integer.parseInt(f[2]), Integer.parseInt(f[3]), false, null);
            int[] cps = java.util.Arrays.stream(f[5].split(",")).mapToInt(x -> Integer.parseInt(x, 16)).toArray();
            SreSubject s = SreSubject.ofString(new String(cps, 0, cps.length));
            String op = f[1];
            long sink = 0;
            long deadline = System.nanoTime() + 600_000_000L;
            while (System.nanoTime() < deadline) {
                sink += runOp(pat, op, s);
            }
            int n = 0;
            long t0 = System.nanoTime();
            long t1;
            do {
                sink += runOp(pat, op, s);
                n++;
                t1 = System.nanoTime();
            } while (t1 - t0 < 400_000_000L);
            double us = (t1 - t0) / 1e3 / n;
            double py = Double.parseDouble(f[6]);
            report.append(String.format("%-14s %-15s %12.1f %12.1f %7.2f%n", f[0], op, py, us, us / py));
            if (sink == 42) {
                report.append(' ');
            }
        }
        System.out.print("SRE timings (ratio = pyj / CPython; lower is better)\n" + report);
    }

    private static long runOp(SrePattern pat, String op, SreSubject s) {
        switch (op) {
            case "search": {
                SreMatch m = pat.search(s);
                return m == null ? -1 : m.start(0);
            }
            case "findall":
                return pat.findall(s, 0, Long.MAX_VALUE).size();
            case "sub": {
                int[] len = {0};
                return pat.sub(s, 0, false, new SrePattern.SubSink() {
                    @Override
                    public void keep(int start, int end) {
                        len[0] += end - start;
                    }

                    @Override
                    public void replace(int start, int end, SreMatch m) {
                        len[0]++;
                    }
                }) + len[0];
            }
            case "match_each_pos": {
                int pos = 0;
                int n = 0;
                for (;;) {
                    SreMatch m = pat.match(s, pos, Long.MAX_VALUE);
                    if (m == null || m.end(0) == pos) {
                        return n;
                    }
                    pos = m.end(0);
                    n++;
                }
            }
            default:
                throw new IllegalArgumentException(op);
        }
    }
}
