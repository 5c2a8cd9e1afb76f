package pyj.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;

/**
 * The engine against CPython 3.11's own _sre: tools/sre_oracle.py (run live) compiles each case's
 * pattern with CPython's re compiler and prints the code list and what _sre computed for match,
 * fullmatch, search, finditer, split, subn (twice) and findall; the same code run by
 * {@link SrePattern} must give identical results. Corpora: CPython's Lib/test/re_tests.py, the
 * regex literals of the stdlib, and a seeded random fuzz.
 */
public class SreCorpusTest {

    /** Per-case time limit: a runaway match fails the case instead of hanging the build. */
    private static final long CASE_NANOS = 5_000_000_000L;

    @Test
    void reTests() throws Exception {
        run("re_tests");
    }

    @Test
    void stdlibLiterals() throws Exception {
        run("stdlib");
    }

    @Test
    void fuzz() throws Exception {
        // -Dsre.fuzz.count=N -Dsre.fuzz.seed=S for a longer or different run
        run("fuzz", System.getProperty("sre.fuzz.count", "10000"), System.getProperty("sre.fuzz.seed", "1311"));
    }

    /**
     * Long subjects that backtrack through tens of thousands of repetitions, run on a thread with
     * a 256 KiB stack: the matcher's backtracking lives on its own heap stack, so this must not
     * overflow (surefire's main thread has a huge stack, which would hide Java recursion).
     */
    @Test
    void deepBacktrackingOnASmallStack() throws Throwable {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                run("deep");
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "sre-small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static final class Deadline implements Runnable {
        long limit;

        @Override
        public void run() {
            if (System.nanoTime() > limit) {
                throw new IllegalStateException("timed out");
            }
        }
    }

    private void run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CPythonOracle.python(), "tools/sre_oracle.py"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        // re.LOCALE follows the C library's locale; pyj implements the C/C.UTF-8 one
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        int cases = 0;
        int checks = 0;
        List<String> failures = new ArrayList<>();
        TreeMap<String, Integer> failedOps = new TreeMap<>();
        Deadline deadline = new Deadline();
        long nanos = 0;
        long slowest = 0;
        String slowestCase = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                cases++;
                deadline.limit = System.nanoTime() + CASE_NANOS;
                long t0 = System.nanoTime();
                String[] got;
                try {
                    got = evaluate(f, deadline);
                } catch (RuntimeException | StackOverflowError e) {
                    got = null;
                    failures.add(f[0] + " " + f[1] + ": " + e);
                    failedOps.merge("exception", 1, Integer::sum);
                }
                long dt = System.nanoTime() - t0;
                nanos += dt;
                if (dt > slowest) {
                    slowest = dt;
                    slowestCase = f[0] + " " + f[1];
                }
                if (got == null) {
                    continue;
                }
                for (int k = 0; k < OPS.length; k++) {
                    checks++;
                    if (!got[k].equals(f[10 + k])) {
                        failedOps.merge(OPS[k], 1, Integer::sum);
                        if (failures.size() < 40) {
                            failures.add(f[0] + " " + f[1] + " flags=" + f[3] + " subject=" + f[7] + " pos=" + f[8]
                                    + " endpos=" + f[9] + " code=" + f[6] + "\n   " + OPS[k] + ": expected "
                                    + f[10 + k] + "\n   " + pad(OPS[k]) + "       got " + got[k]);
                        }
                    }
                }
            }
        }
        assertEquals(0, p.waitFor(), "tools/sre_oracle.py failed");
        System.out.printf("SRE corpus %s: %d cases, %d results compared, %d disagree; pyj engine %.0f ms"
                + " (slowest case %.1f ms: %s)%n", args[0], cases, checks,
                failedOps.values().stream().mapToInt(Integer::intValue).sum(), nanos / 1e6, slowest / 1e6, slowestCase);
        assertTrue(cases >= (args[0].equals("deep") ? 18 : 500), "too few cases from the oracle: " + cases);
        if (!failedOps.isEmpty()) {
            fail("disagreements with CPython by operation " + failedOps + ":\n" + String.join("\n", failures));
        }
    }

    private static String pad(String s) {
        return " ".repeat(s.length());
    }

    static final String[] OPS = {"match", "fullmatch", "search", "finditer", "split", "subn", "subn2", "findall"};

    private static String[] evaluate(String[] f, Runnable checkpoint) {
        boolean bytes = f[2].equals("b");
        int flags = Integer.parseInt(f[3]);
        int groups = Integer.parseInt(f[4]);
        String[] names = f[5].split(",", -1);
        Object[] indexgroup = new Object[names.length];
        boolean anyName = false;
        for (int i = 0; i < names.length; i++) {
            indexgroup[i] = names[i].isEmpty() ? null : names[i];
            anyName |= !names[i].isEmpty();
        }
        String[] cs = f[6].split(",");
        long[] code = new long[cs.length];
        for (int i = 0; i < cs.length; i++) {
            code[i] = Long.parseLong(cs[i]);
        }
        SrePattern pat = SrePattern.compile(code, flags, groups, bytes, anyName ? indexgroup : null);
        pat.setCheckpoint(checkpoint);
        SreSubject s = subject(f[7], bytes, f[0].hashCode());
        long pos = Long.parseLong(f[8]);
        long endpos = Long.parseLong(f[9]);

        String[] out = new String[OPS.length];
        out[0] = enc(pat.match(s, pos, endpos));
        out[1] = enc(pat.fullmatch(s, pos, endpos));
        out[2] = enc(pat.search(s, pos, endpos));
        SreScanner sc = pat.scanner(s, pos, endpos);
        List<String> it = new ArrayList<>();
        for (SreMatch m; (m = sc.search()) != null; ) {
            it.add(enc(m));
        }
        out[3] = it.isEmpty() ? "none" : String.join("|", it);
        int[] sp = pat.split(s, 0);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < sp.length; i += 2) {
            pieces.add(sp[i] < 0 ? "-" : str(s, sp[i], sp[i + 1]));
        }
        out[4] = String.join("|", pieces);
        out[5] = subn(pat, s, "-", 0);
        out[6] = subn(pat, s, "<>", 2);
        List<String> fa = new ArrayList<>();
        for (SreMatch m : pat.findall(s, pos, endpos)) {
            if (groups == 0) {
                fa.add(str(s, m.start(0), m.end(0)));
            } else if (groups == 1) {
                fa.add(groupOrEmpty(s, m, 1));
            } else {
                List<String> t = new ArrayList<>();
                for (int g = 1; g <= groups; g++) {
                    t.add(groupOrEmpty(s, m, g));
                }
                fa.add(String.join("/", t));
            }
        }
        out[7] = fa.isEmpty() ? "none" : String.join("|", fa);
        return out;
    }

    private static String groupOrEmpty(SreSubject s, SreMatch m, int g) {
        return m.start(g) < 0 ? str(s, 0, 0) : str(s, m.start(g), m.end(g));
    }

    private static String subn(SrePattern pat, SreSubject s, String repl, int count) {
        StringBuilder sb = new StringBuilder();
        List<Integer> cps = new ArrayList<>();
        int n = pat.sub(s, count, false, new SrePattern.SubSink() {
            @Override
            public void keep(int start, int end) {
                for (int i = start; i < end; i++) {
                    cps.add(s.at(i));
                }
            }

            @Override
            public void replace(int start, int end, SreMatch m) {
                repl.chars().forEach(cps::add);
            }
        });
        if (s.isBytes()) {
            sb.append('b');
            for (int c : cps) {
                sb.append(String.format("%02x", c));
            }
        } else {
            sb.append('s');
            for (int i = 0; i < cps.size(); i++) {
                sb.append(i > 0 ? "." : "").append(Integer.toHexString(cps.get(i)));
            }
        }
        return sb.append(';').append(n).toString();
    }

    /** A subject; BMP-only strings go half through the String form and half through code points. */
    static SreSubject subject(String enc, boolean bytes, int salt) {
        if (bytes) {
            return SreSubject.ofBytes(enc.equals(".") ? new byte[0] : HexFormat.of().parseHex(enc));
        }
        int[] cps = enc.equals(".") ? new int[0] : java.util.Arrays.stream(enc.split(","))
                .mapToInt(x -> Integer.parseInt(x, 16)).toArray();
        boolean bmp = java.util.Arrays.stream(cps).allMatch(c -> c < 0x10000);
        if (bmp && (salt & 1) == 0) {
            StringBuilder sb = new StringBuilder();
            for (int c : cps) {
                sb.append((char) c);
            }
            return SreSubject.ofBmp(sb.toString());
        }
        return SreSubject.ofCodePoints(cps);
    }

    static String str(SreSubject s, int start, int end) {
        StringBuilder sb = new StringBuilder(s.isBytes() ? "b" : "s");
        for (int i = start; i < end; i++) {
            if (s.isBytes()) {
                sb.append(String.format("%02x", s.at(i)));
            } else {
                sb.append(i > start ? "." : "").append(Integer.toHexString(s.at(i)));
            }
        }
        return sb.toString();
    }

    static String enc(SreMatch m) {
        if (m == null) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < m.groupCount(); g++) {
            sb.append(g > 0 ? "," : "").append(m.start(g)).append(':').append(m.end(g));
        }
        sb.append(';').append(m.lastindex() < 0 ? "-" : String.valueOf(m.lastindex()));
        return sb.toString();
    }
}
