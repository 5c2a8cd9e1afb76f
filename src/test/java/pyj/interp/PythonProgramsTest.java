package pyj.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import pyj.testing.CPythonOracle;
import pyj.code.Marshal;
import pyj.code.PyCode;
import pyj.compile.Compiler;

/**
 * Runs every Python program under src/test/python in pyj and compares with what CPython 3.11
 * printed for it (tools/regen_expected.py): stdout, stderr (tracebacks with their {@code ^^^^} /
 * {@code ~~~^~~~} markers) and the exit status, exactly. Each program is compiled by pyj's own compiler; {@code -Dpyj.programs.compiler=cpython}
 * compiles them with python3 instead (tools/marshal_compile.py, the one place that does so), to
 * tell a compiler bug from an interpreter bug.
 *
 * <p>{@code src/test/python/known-failures.txt} lists programs expected to differ today, one per
 * line: the relative path, whitespace, and the reason. A listed program still runs: when it differs
 * its test is reported as aborted with the reason; when it passes the test fails, so the entry gets
 * removed (the list only shrinks). A summary line counts programs, passes and known failures.
 */
class PythonProgramsTest {
    static final Path ROOT = Path.of("src/test/python").toAbsolutePath().normalize();
    static final Path KNOWN_FAILURES = ROOT.resolve("known-failures.txt");

    /** Programs pyj's compiler rejected, with the error. */
    static final Map<Path, String> compileErrors = new HashMap<>();

    static final AtomicInteger total = new AtomicInteger();
    static final AtomicInteger passed = new AtomicInteger();
    static final AtomicInteger known = new AtomicInteger();

    /** known-failures.txt as path → reason; blank lines and lines starting with # are ignored. */
    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(KNOWN_FAILURES)) {
            return out;
        }
        for (String line : Files.readAllLines(KNOWN_FAILURES)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new IllegalStateException("known-failures.txt: no reason given for " + parts[0]);
            }
            out.put(parts[0], parts[1].strip());
        }
        return out;
    }

    /** The code objects of all programs, compiled by pyj (or by python3, see the class comment). */
    static Map<Path, PyCode> compileAll(List<Path> files) throws IOException, InterruptedException {
        if (!"cpython".equals(System.getProperty("pyj.programs.compiler"))) {
            Map<Path, PyCode> out = new HashMap<>();
            for (Path f : files) {
                try {
                    out.put(f, Compiler.compileFile(Files.readAllBytes(f), f.toString()));
                } catch (RuntimeException e) {
                    // Reported by that program's test (check), not by the whole factory.
                    compileErrors.put(f, e.toString());
                }
            }
            return out;
        }
        return compileAllWithCPython(files);
    }

    /** The code objects of all programs, compiled in one python3 run. */
    static Map<Path, PyCode> compileAllWithCPython(List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CPythonOracle.python(), "tools/marshal_compile.py"));
        for (Path p : files) {
            cmd.add(p.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<Path, PyCode> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int sp = line.lastIndexOf(' ');
                String hex = line.substring(sp + 1);
                if (!hex.startsWith("!")) {
                    out.put(Path.of(line.substring(0, sp)), Marshal.readCode(HexFormat.of().parseHex(hex)));
                }
            }
        }
        assertEquals(0, p.waitFor(), "tools/marshal_compile.py failed");
        return out;
    }

    /** What running a program printed. */
    record Result(String stdout, String stderr, int status) {}

    /**
     * A directory holding a main.py is a multi-file program: in it only main*.py files are run; the
     * other .py files in it and below are its modules. Elsewhere every .py file is a program.
     * tools/regen_expected.py applies the same rule.
     */
    static boolean isProgram(Path f) {
        for (Path d = f.getParent(); d != null && d.startsWith(ROOT); d = d.getParent()) {
            if (Files.exists(d.resolve("main.py"))) {
                return d.equals(f.getParent()) && f.getFileName().toString().startsWith("main");
            }
        }
        return true;
    }

    static Result run(PyCode code, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String base = file.toString().substring(0, file.toString().length() - 3);
        Path in = Path.of(base + ".in");
        byte[] stdin = Files.exists(in) ? Files.readAllBytes(in) : new byte[0];
        // As python3 FILE run by tools/regen_expected.py: argv[0] is the path, sys.path[0] its
        // directory, then the standard library (as bin/pyj puts it).
        java.util.ArrayList<String> path = new java.util.ArrayList<>(List.of(file.getParent().toString()));
        Path stdlib = pyj.modules.Stdlib.location();
        if (stdlib != null) {
            path.add(stdlib.toString());
        }
        int status = new InterpreterState(new java.io.ByteArrayInputStream(stdin), out, err)
                .runMain(code, List.of(file.toString()), path);
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    @TestFactory
    Stream<DynamicTest> programs() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && isProgram(p)).sorted().toList();
        }
        Map<String, String> knownFailures = knownFailures();
        for (String k : knownFailures.keySet()) {
            if (!files.contains(ROOT.resolve(k))) {
                throw new IllegalStateException("known-failures.txt lists " + k + ", which is not a program");
            }
        }
        Map<Path, PyCode> codes = compileAll(files);
        return files.stream().map(f -> {
            String name = ROOT.relativize(f).toString();
            return DynamicTest.dynamicTest(name, () -> {
                total.incrementAndGet();
                String reason = knownFailures.get(name);
                if (reason == null) {
                    check(f, codes.get(f));
                    passed.incrementAndGet();
                    return;
                }
                try {
                    check(f, codes.get(f));
                } catch (AssertionFailedError e) {
                    known.incrementAndGet();
                    System.out.println("known failure " + name + " (" + reason + "): " + e.getMessage().lines().findFirst().orElse(""));
                    Assumptions.abort("known failure: " + reason);
                }
                Assertions.fail(name + " passes now: remove it from known-failures.txt");
            });
        });
    }

    /** Runs one program and compares stdout, stderr and exit status with CPython's. */
    static void check(Path f, PyCode code) throws IOException {
        String base = f.toString().substring(0, f.toString().length() - 3);
        String expOut = Files.readString(Path.of(base + ".out"));
        Path exitFile = Path.of(base + ".exit");
        int expStatus = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
        String expErr = Files.exists(exitFile) ? Files.readString(Path.of(base + ".err")) : "";
        if (code == null) {
            throw new AssertionFailedError("pyj could not compile " + f + ": " + compileErrors.get(f));
        }
        Result r = run(code, f);
        assertEquals(expOut, r.stdout(), "stdout of " + f);
        assertEquals(expErr, r.stderr().replace(ROOT.toString(), "<DIR>"), "stderr of " + f);
        assertEquals(expStatus, r.status(), "exit status of " + f);
    }

    @AfterAll
    static void summary() {
        System.out.printf("Python programs: %d programs, %d pass, %d known failures%n", total.get(), passed.get(), known.get());
    }
}
