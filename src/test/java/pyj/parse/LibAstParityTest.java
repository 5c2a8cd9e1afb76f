package pyj.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pyj.cli.DumpTool;

/**
 * The parser's parity yardstick: every .py file of the local CPython 3.11's Lib (site-packages
 * excluded) is dumped by CPython (tools/ast_oracle.py, run live) and by pyj, and the lines must be
 * identical. Files listed in {@code ast-parity-known-failures.txt} may still differ (the list only
 * shrinks); any other mismatch fails the test. The report goes to target/ast-parity-report.txt.
 */
public class LibAstParityTest {

    public static String python() {
        return System.getenv().getOrDefault("PYJ_ORACLE_PYTHON", "python3");
    }

    static Path cpythonLib() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python(), "-c",
                "import sys, sysconfig; assert sys.version_info[:2] == (3, 11), sys.version;"
                        + " print(sysconfig.get_paths()['stdlib'])")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            fail("the test oracle needs CPython 3.11 as `" + python() + "`: " + out);
        }
        return Path.of(out);
    }

    static List<String> libFiles(Path lib) throws IOException {
        try (Stream<Path> s = Files.walk(lib)) {
            return s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !lib.relativize(p).startsWith("site-packages"))
                    .map(Path::toString).sorted().toList();
        }
    }

    @Test
    void everyLibFileDumpsAsCPythonDoes() throws Exception {
        Path lib = cpythonLib();
        List<String> files = libFiles(lib);
        assertTrue(files.size() > 1000, "expected CPython's Lib at " + lib);
        Set<String> known = knownFailures();

        Process oracle = new ProcessBuilder(python(), "tools/ast_oracle.py", "-")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = Thread.ofPlatform().start(() -> {
            try (OutputStream in = oracle.getOutputStream()) {
                in.write(String.join("\n", files).concat("\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });

        List<String> report = new ArrayList<>();
        Set<String> mismatched = new TreeSet<>();
        long ourNanos = 0;
        try (InputStream is = oracle.getInputStream();
                BufferedReader r = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8), 1 << 20)) {
            for (String file : files) {
                String header = r.readLine();
                String expected = r.readLine();
                if (header == null || !header.equals("== " + file) || expected == null) {
                    fail("oracle output out of step at " + file + ": " + header);
                }
                long t0 = System.nanoTime();
                String actual = DumpTool.dumpFile(file);
                ourNanos += System.nanoTime() - t0;
                if (!actual.equals(expected)) {
                    String rel = lib.relativize(Path.of(file)).toString();
                    mismatched.add(rel);
                    report.add(rel + "\n" + firstDifference(expected, actual));
                }
            }
        }
        feeder.join();
        oracle.waitFor();

        Set<String> regressions = new TreeSet<>(mismatched);
        regressions.removeAll(known);
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(mismatched);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ast-parity-report.txt"), String.join("\n", report));
        System.out.printf("AST parity: %d files, %d identical, %d mismatched (%d known, %d new);"
                + " %d known failures now pass; pyj parse+dump %.1f s%n", files.size(),
                files.size() - mismatched.size(), mismatched.size(), mismatched.size() - regressions.size(),
                regressions.size(), fixed.size(), ourNanos / 1e9);
        if (!fixed.isEmpty()) {
            System.out.println("Remove from ast-parity-known-failures.txt (they pass now): " + fixed);
        }
        assertTrue(regressions.isEmpty(), "files whose dump differs from CPython's (see "
                + "target/ast-parity-report.txt): " + regressions);
    }

    static Set<String> knownFailures() throws IOException {
        Set<String> known = new LinkedHashSet<>();
        try (InputStream in = LibAstParityTest.class.getResourceAsStream("ast-parity-known-failures.txt")) {
            if (in == null) {
                return known;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    known.add(line);
                }
            }
        }
        return known;
    }

    /** A short window around the first differing character of the two dump lines. */
    static String firstDifference(String expected, String actual) {
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "  cpython: ..." + expected.substring(from, Math.min(expected.length(), i + 120)) + "\n"
                + "  pyj:     ..." + actual.substring(from, Math.min(actual.length(), i + 120)) + "\n";
    }
}
