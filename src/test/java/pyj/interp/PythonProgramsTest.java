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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pyj.code.Marshal;
import pyj.code.PyCode;
import pyj.compile.Compiler;
import pyj.parse.LibAstParityTest;

/**
 * Runs every Python program under src/test/python in pyj and compares with what CPython 3.11
 * printed for it (tools/regen_expected.py): stdout, stderr (tracebacks with their {@code ^^^^} /
 * {@code ~~~^~~~} markers) and the exit status, exactly. Each program is compiled by pyj's own compiler; {@code -Dpyj.programs.compiler=cpython}
 * compiles them with python3 instead (tools/marshal_compile.py, the one place that does so), to
 * tell a compiler bug from an interpreter bug.
 */
class PythonProgramsTest {
    static final Path ROOT = Path.of("src/test/python").toAbsolutePath().normalize();

    /** The code objects of all programs, compiled by pyj (or by python3, see the class comment). */
    static Map<Path, PyCode> compileAll(List<Path> files) throws IOException, InterruptedException {
        if (!"cpython".equals(System.getProperty("pyj.programs.compiler"))) {
            Map<Path, PyCode> out = new HashMap<>();
            for (Path f : files) {
                out.put(f, Compiler.compileFile(Files.readAllBytes(f), f.toString()));
            }
            return out;
        }
        return compileAllWithCPython(files);
    }

    /** The code objects of all programs, compiled in one python3 run. */
    static Map<Path, PyCode> compileAllWithCPython(List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(LibAstParityTest.python(), "tools/marshal_compile.py"));
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
        Map<Path, PyCode> codes = compileAll(files);
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> {
            String base = f.toString().substring(0, f.toString().length() - 3);
            String expOut = Files.readString(Path.of(base + ".out"));
            Path exitFile = Path.of(base + ".exit");
            int expStatus = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
            String expErr = Files.exists(exitFile) ? Files.readString(Path.of(base + ".err")) : "";
            PyCode code = codes.get(f);
            Result r = run(code, f);
            assertEquals(expOut, r.stdout(), "stdout of " + f);
            assertEquals(expErr, r.stderr().replace(ROOT.toString(), "<DIR>"), "stderr of " + f);
            assertEquals(expStatus, r.status(), "exit status of " + f);
        }));
    }
}
