package pyj.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;
import pyj.parse.Parser;
import pyj.parse.PySyntaxError;
import pyj.parse.ast.Ast;

/**
 * The symbol table's parity yardstick: every .py file of the local CPython 3.11's Lib
 * (site-packages excluded) is dumped by CPython (tools/symtable_oracle.py, run live) and by
 * {@link SymtableDump}; the dumps must be identical, SyntaxErrors raised by the symbol table
 * included. Files CPython cannot parse are skipped (the parser's tests own them). Files whose
 * parse by pyj fails are counted apart (LibAstParityTest owns them). Files listed in
 * {@code symtable-parity-known-failures.txt} may still differ (the list only shrinks). The report
 * goes to target/symtable-parity-report.txt.
 */
class SymtableParityTest {

    @Test
    void everyLibFileHasCPythonsSymbolTable() throws Exception {
        Path lib = CPythonOracle.stdlib();
        List<String> files = CPythonOracle.libFiles();
        Set<String> known = CPythonOracle.knownFailures(SymtableParityTest.class, "symtable-parity-known-failures.txt");

        List<String> report = new ArrayList<>();
        Set<String> mismatched = new TreeSet<>();
        Set<String> parseFailed = new TreeSet<>();
        int skipped = 0;
        int errors = 0;
        long ourNanos = 0;
        try (BufferedReader r = CPythonOracle.run(files, "tools/symtable_oracle.py")) {
            for (String file : files) {
                String header = r.readLine();
                String prefix = "== " + file + " ";
                if (header == null || !header.startsWith(prefix)) {
                    fail("oracle output out of step at " + file + ": " + header);
                }
                int n = Integer.parseInt(header.substring(prefix.length()));
                List<String> expected = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    expected.add(r.readLine());
                }
                if (n == 1 && expected.getFirst().startsWith("!skip")) {
                    skipped++;
                    continue;
                }
                if (n == 1 && expected.getFirst().startsWith("!error")) {
                    errors++;
                }
                String rel = lib.relativize(Path.of(file)).toString();
                byte[] source = Files.readAllBytes(Path.of(file));
                Ast.Module mod;
                try {
                    mod = Parser.parseFile(source, file);
                } catch (PySyntaxError e) {
                    parseFailed.add(rel + " (" + e.msg + ")");
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    parseFailed.add(rel + " (" + e + ")");
                    continue;
                }
                List<String> actual;
                long t0 = System.nanoTime();
                try {
                    actual = SymtableDump.dumpModule(mod, file);
                } catch (RuntimeException | StackOverflowError e) {
                    actual = List.of("!crash " + e);
                }
                ourNanos += System.nanoTime() - t0;
                if (!actual.equals(expected)) {
                    mismatched.add(rel);
                    report.add(rel + "\n" + firstDifference(expected, actual));
                }
            }
        }

        Set<String> regressions = new TreeSet<>(mismatched);
        regressions.removeAll(known);
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(mismatched);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/symtable-parity-report.txt"), String.join("\n", report)
                + "\npyj parse failures:\n" + String.join("\n", parseFailed) + "\n");
        System.out.printf("Symtable parity: %d files, %d skipped (CPython cannot parse), %d not parsed by pyj,"
                + " %d compared (%d expect a symtable SyntaxError): %d identical, %d mismatched (%d known, %d new);"
                + " %d known failures now pass; pyj symtable+dump %.1f s%n", files.size(), skipped,
                parseFailed.size(), files.size() - skipped - parseFailed.size(), errors,
                files.size() - skipped - parseFailed.size() - mismatched.size(), mismatched.size(),
                mismatched.size() - regressions.size(), regressions.size(), fixed.size(), ourNanos / 1e9);
        if (!fixed.isEmpty()) {
            System.out.println("Remove from symtable-parity-known-failures.txt (they pass now): " + fixed);
        }
        assertTrue(regressions.isEmpty(), "files whose symbol table differs from CPython's (see "
                + "target/symtable-parity-report.txt): " + regressions);
    }

    /**
     * The same comparison over the small programs of CPython's scope-related tests
     * (tools/symtable_snippets.py): many of them break a scoping rule on purpose. All must match.
     */
    @Test
    void snippetsHaveCPythonsSymbolTables() throws Exception {
        Process oracle = new ProcessBuilder(CPythonOracle.python(), "tools/symtable_snippets.py")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> out;
        try (InputStream is = oracle.getInputStream()) {
            out = new String(is.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        if (oracle.waitFor() != 0) {
            fail("tools/symtable_snippets.py failed");
        }
        List<String> report = new ArrayList<>();
        int snippets = 0;
        int errors = 0;
        int parseFailed = 0;
        for (int i = 0; i < out.size(); ) {
            String[] header = out.get(i++).split(" ");
            String id = header[1];
            int n = Integer.parseInt(header[2]);
            byte[] source = java.util.Base64.getDecoder().decode(header[3]);
            List<String> expected = out.subList(i, i + n);
            i += n;
            if (expected.getFirst().startsWith("!skip")) {
                continue;  // CPython cannot parse the bytes (e.g. an unknown coding cookie)
            }
            snippets++;
            if (expected.getFirst().startsWith("!error")) {
                errors++;
            }
            Ast.Module mod;
            try {
                mod = Parser.parseFile(source, "<s>");
            } catch (RuntimeException | StackOverflowError e) {
                parseFailed++;
                continue;
            }
            List<String> actual;
            try {
                actual = SymtableDump.dumpModule(mod, "<s>");
            } catch (RuntimeException | StackOverflowError e) {
                actual = List.of("!crash " + e);
            }
            if (!actual.equals(expected)) {
                report.add(id + "\n" + new String(source, StandardCharsets.UTF_8) + "\n"
                        + firstDifference(expected, actual));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/symtable-snippet-report.txt"), String.join("\n", report));
        System.out.printf("Symtable snippet parity: %d snippets (%d expect a SyntaxError), %d not parsed by pyj,"
                + " %d mismatched%n", snippets, errors, parseFailed, report.size());
        assertTrue(snippets > 1000, "expected CPython's test snippets");
        assertTrue(report.isEmpty(), report.size() + " snippets differ from CPython (see "
                + "target/symtable-snippet-report.txt), first:\n" + (report.isEmpty() ? "" : report.getFirst()));
    }

    /** The first differing line of the two dumps, with a little context. */
    static String firstDifference(List<String> expected, List<String> actual) {
        int i = 0;
        int n = Math.min(expected.size(), actual.size());
        while (i < n && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, i - 2); k < i; k++) {
            sb.append("    ").append(expected.get(k)).append('\n');
        }
        sb.append("  cpython: ").append(i < expected.size() ? expected.get(i) : "<end>").append('\n');
        sb.append("  pyj:     ").append(i < actual.size() ? actual.get(i) : "<end>").append('\n');
        return sb.toString();
    }
}
