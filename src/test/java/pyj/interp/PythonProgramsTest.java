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

    static Result run(PyCode code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new InterpreterState(out, err).runMain(code);
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    @TestFactory
    Stream<DynamicTest> programs() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        Map<Path, PyCode> codes = compileAll(files);
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> {
            String base = f.toString().substring(0, f.toString().length() - 3);
            String expOut = Files.readString(Path.of(base + ".out"));
            Path exitFile = Path.of(base + ".exit");
            int expStatus = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
            String expErr = Files.exists(exitFile) ? Files.readString(Path.of(base + ".err")) : "";
            PyCode code = codes.get(f);
            Result r = run(code);
            assertEquals(expOut, r.stdout(), "stdout of " + f);
            assertEquals(expErr, r.stderr().replace(ROOT.toString(), "<DIR>"), "stderr of " + f);
            assertEquals(expStatus, r.status(), "exit status of " + f);
        }));
    }
}
