package pyj.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pyj.compile.CompileRecursionError;
import pyj.compile.Compiler;
import pyj.parse.ast.Ast;
import pyj.testing.CPythonOracle;

/**
 * Syntax errors, differentially: every snippet of tools/syntax_error_corpus.py (the syntax-error
 * cases of CPython's test_syntax and test_exceptions, read from the local Lib, plus pyj's own
 * syntax-error-cases.txt) is parsed by CPython and by pyj; the outcome must agree in exception type,
 * message, line, offset, end line and end offset. Ids listed in syntax-error-known-failures.txt may
 * still differ (the list only shrinks). The report goes to target/syntax-error-report.txt.
 */
class SyntaxErrorParityTest {

    record Outcome(String type, String msg, String lineno, String offset, String endLineno, String endOffset) {
        @Override
        public String toString() {
            return type.equals("OK") ? "OK"
                    : type + ": " + msg + " @" + lineno + ":" + offset + "-" + endLineno + ":" + endOffset;
        }
    }

    /**
     * A str snippet is parsed as text (ast.parse(str)), a bytes one as a file's bytes; with
     * {@code compile} the tree then goes through the whole compiler, as compile() does.
     */
    static Outcome pyj(boolean isStr, byte[] source, boolean compile) {
        try {
            Ast.Mod mod = isStr
                    ? Parser.parse(new String(source, StandardCharsets.UTF_8), "<unknown>", Parser.Mode.EXEC)
                    : Parser.parseFile(source, "<unknown>");
            if (compile) {
                Compiler.compile(mod, "<unknown>");
            }
            return new Outcome("OK", "", "", "", "", "");
        } catch (PySyntaxError e) {
            return new Outcome(e.kind.name(), e.msg, str(e.lineno), str(e.offset), str(e.endLineno),
                    str(e.endOffset));
        } catch (PyMemoryError e) {
            return new Outcome("MemoryError", "", "None", "None", "None", "None");
        } catch (CompileRecursionError e) {
            return new Outcome("RecursionError", "maximum recursion depth exceeded during compilation",
                    "None", "None", "None", "None");
        } catch (StackOverflowError e) {
            return new Outcome("java.lang.StackOverflowError", "", "", "", "", "");
        } catch (RuntimeException e) {
            return new Outcome(e.getClass().getName(), String.valueOf(e.getMessage()), "", "", "", "");
        }
    }

    static String str(int n) {
        return n == PySyntaxError.NONE ? "None" : Integer.toString(n);
    }

    static Outcome cpython(String[] f) {
        if (f[3].equals("OK")) {
            return new Outcome("OK", "", "", "", "", "");
        }
        String msg = new String(Base64.getDecoder().decode(f[4]), StandardCharsets.UTF_8);
        return new Outcome(f[3], msg, f[5], f[6], f[7], f[8]);
    }

    @Test
    void parserErrorsMatchCPython() throws Exception {
        check(false, "syntax-error-known-failures.txt", "syntax-error-report.txt", "Syntax-error parity");
    }

    /** The same snippets through the symbol table and code generator, against CPython's compile(). */
    @Test
    void compilerErrorsMatchCPython() throws Exception {
        check(true, "compile-error-known-failures.txt", "compile-error-report.txt", "Compile-error parity");
    }

    private void check(boolean compile, String knownFile, String reportFile, String title) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CPythonOracle.python(), "tools/syntax_error_corpus.py"));
        if (compile) {
            cmd.add("--compile");
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            fail("tools/syntax_error_corpus.py failed");
        }
        Set<String> known = CPythonOracle.knownFailures(SyntaxErrorParityTest.class, knownFile);
        List<String> report = new ArrayList<>();
        Set<String> failing = new TreeSet<>();
        int cases = 0;
        for (String line : out.lines().toList()) {
            String[] f = line.split("\t");
            cases++;
            byte[] source = Base64.getDecoder().decode(f[2]);
            Outcome expected = cpython(f);
            Outcome actual = pyj(f[1].equals("str"), source, compile);
            if (!expected.equals(actual)) {
                failing.add(f[0]);
                report.add(f[0] + "\n  source:  " + new String(source, StandardCharsets.UTF_8).replace("\n", "\\n")
                        + "\n  cpython: " + expected + "\n  pyj:     " + actual + "\n");
            }
        }
        Set<String> regressions = new TreeSet<>(failing);
        regressions.removeAll(known);
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(failing);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", reportFile), String.join("\n", report));
        System.out.printf("%s: %d cases, %d agree, %d differ (%d known, %d new);"
                + " %d known failures now agree%n", title, cases, cases - failing.size(), failing.size(),
                failing.size() - regressions.size(), regressions.size(), fixed.size());
        if (!fixed.isEmpty()) {
            System.out.println("Remove from " + knownFile + " (they agree now): " + fixed);
        }
        assertTrue(cases > 400, "expected CPython's test_syntax cases");
        assertTrue(regressions.isEmpty(), "snippets where pyj's outcome differs from CPython's (see "
                + "target/" + reportFile + "): " + regressions);
    }
}
