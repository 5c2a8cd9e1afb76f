package pyj.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pyj.cli.DumpTool;
import pyj.testing.CPythonOracle;

/**
 * The parser's parity yardstick: every .py file of the local CPython 3.11's Lib (site-packages
 * excluded) is dumped by CPython (tools/ast_oracle.py, run live) and by pyj, and the lines must be
 * identical. Files listed in {@code ast-parity-known-failures.txt} may still differ (the list only
 * shrinks); any other mismatch fails the test. The report goes to target/ast-parity-report.txt.
 */
public class LibAstParityTest {

    @Test
    void everyLibFileDumpsAsCPythonDoes() throws Exception {
        Path lib = CPythonOracle.stdlib();
        List<String> files = CPythonOracle.libFiles();
        Set<String> known = CPythonOracle.knownFailures(LibAstParityTest.class, "ast-parity-known-failures.txt");

        List<String> report = new ArrayList<>();
        Set<String> mismatched = new TreeSet<>();
        long ourNanos = 0;
        try (BufferedReader r = CPythonOracle.run(files, "tools/ast_oracle.py")) {
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
                    report.add(rel + "\n" + CPythonOracle.firstDifference(expected, actual));
                }
            }
        }

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
}
