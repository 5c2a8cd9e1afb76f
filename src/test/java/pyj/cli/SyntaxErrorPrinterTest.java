package pyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyj.testing.CPythonOracle;
import pyj.compile.FutureFeatures;
import pyj.compile.Symtable;
import pyj.parse.Parser;
import pyj.parse.ast.Ast;
import pyj.parse.PySyntaxError;

/**
 * What `pyj FILE` prints for a syntax error, differentially: each case of syntax-error-cases.txt
 * that CPython rejects is written to a file and run by `python3 FILE`; pyj's report for the same
 * file must be the same text, character for character.
 */
class SyntaxErrorPrinterTest {

    @Test
    void reportsMatchCPythonsExcepthook(@TempDir Path dir) throws Exception {
        String all = Files.readString(Path.of("src/test/resources/pyj/parse/syntax-error-cases.txt"));
        List<String> diffs = new ArrayList<>();
        int compared = 0;
        String[] cases = all.split("\n####\n");
        for (int i = 0; i < cases.length; i++) {
            if (cases[i].startsWith("#") || cases[i].isBlank()) {
                continue;
            }
            Path file = dir.resolve("case" + i + ".py");
            Files.writeString(file, cases[i], StandardCharsets.UTF_8);
            String filename = file.toAbsolutePath().toString();
            String pyj;
            byte[] source = Files.readAllBytes(file);
            try {
                Ast.Module m = Parser.parseScript(source, filename);
                Symtable.build(m, filename, FutureFeatures.fromAst(m, filename));
                pyj = null;
            } catch (PySyntaxError e) {
                pyj = SyntaxErrorPrinter.format(Main.withSourceLine(e, source));
            }
            String cpython = runPython(filename);
            if (cpython == null || pyj == null) {
                // CPython ran it, or stopped in its compiler (a stage pyj lacks yet); whether pyj's
                // parser rejects exactly what CPython's does is SyntaxErrorParityTest's business.
                continue;
            }
            compared++;
            if (!cpython.equals(pyj)) {
                diffs.add("case " + i + ":\n--- cpython\n" + cpython + "--- pyj\n" + pyj);
            }
        }
        assertTrue(compared > 50, "expected most cases to be syntax errors, compared " + compared);
        assertEquals("", String.join("\n", diffs));
    }

    /**
     * The stderr of `python3 -I FILE` if it stopped at a syntax error, else null (the cases are
     * pyj's own harmless snippets: one that parses just runs, or fails with a traceback).
     */
    private static String runPython(String filename) throws IOException, InterruptedException {
        Process run = new ProcessBuilder(CPythonOracle.python(), "-I", filename).start();
        run.getOutputStream().close();
        run.getInputStream().close();
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = run.waitFor();
        boolean syntaxError = status == 1 && err.startsWith("  File ")
                && err.lines().reduce((a, b) -> b).orElse("").matches("(Syntax|Indentation|Tab)Error: .*");
        return syntaxError ? err : null;
    }
}
