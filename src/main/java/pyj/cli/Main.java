package pyj.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import pyj.code.PyCode;
import pyj.compile.CompileRecursionError;
import pyj.compile.Compiler;
import pyj.interp.InterpreterState;
import pyj.modules.Stdlib;
import pyj.parse.Parser;
import pyj.parse.PyMemoryError;
import pyj.parse.PySyntaxError;
import pyj.parse.ast.Ast;

/**
 * The {@code pyj} command: compiles the program (a file, or {@code -c CODE}) with pyj's compiler,
 * reporting a syntax error exactly as CPython 3.11 does, and runs it in the Tier 1 interpreter.
 */
public final class Main {
    private Main() {}

    /** Stack for the main Python thread: the parser and, later, re-entrant calls need room. */
    private static final long MAIN_STACK_BYTES = 1L << 30;

    public static void main(String[] args) throws InterruptedException {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(args), "MainThread", MAIN_STACK_BYTES);
        t.start();
        t.join();
        System.out.flush();
        System.err.flush();
        System.exit(status[0]);
    }

    static PySyntaxError withSourceLine(PySyntaxError e, byte[] source) {
        return pyj.interp.SyntaxErrors.withSourceLine(e, source);
    }

    static int run(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            err.println("pyj: the interactive REPL is not implemented yet; usage: pyj FILE | pyj -c CODE");
            return 2;
        }
        String filename;
        byte[] source;
        java.util.List<String> argv;
        String path0;
        if (args[0].equals("-c")) {
            if (args.length < 2) {
                err.println("Argument expected for the -c option");
                return 2;
            }
            filename = "<string>";
            source = args[1].getBytes(StandardCharsets.UTF_8);
            argv = new java.util.ArrayList<>(java.util.List.of("-c"));
            argv.addAll(java.util.Arrays.asList(args).subList(2, args.length));
            path0 = "";
        } else {
            Path path = Path.of(args[0]);
            // CPython 3.11 reports the main script by its absolute path.
            filename = path.toAbsolutePath().normalize().toString();
            argv = java.util.Arrays.asList(args);
            Path parent = path.toAbsolutePath().normalize().getParent();
            path0 = parent == null ? "/" : parent.toString();
            try {
                source = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                err.println("pyj: can't open file '" + filename + "': [Errno 2] No such file or directory");
                return 2;
            } catch (IOException e) {
                err.println("pyj: can't open file '" + filename + "': " + e.getMessage());
                return 2;
            }
        }
        boolean script = !filename.equals("<string>");
        PyCode code;
        try {
            Ast.Module module = script ? Parser.parseScript(source, filename) : Parser.parseFile(source, filename);
            code = Compiler.compile(module, filename);
        } catch (PySyntaxError e) {
            err.print(SyntaxErrorPrinter.format(script ? withSourceLine(e, source) : e));
            return 1;
        } catch (PyMemoryError e) {
            err.println("MemoryError");
            return 1;
        } catch (CompileRecursionError e) {
            err.println("RecursionError: maximum recursion depth exceeded during compilation");
            return 1;
        }
        java.util.List<String> path = new java.util.ArrayList<>(java.util.List.of(path0));
        String pythonPath = System.getenv("PYTHONPATH");
        if (pythonPath != null) {
            for (String e : pythonPath.split(":")) {
                if (!e.isEmpty()) {
                    path.add(e);
                }
            }
        }
        // As CPython: after PYTHONPATH comes the standard library.
        java.nio.file.Path stdlib = Stdlib.location();
        if (stdlib != null) {
            path.add(stdlib.toString());
        }
        return new InterpreterState(System.in, System.out, System.err).runMain(code, argv, path);
    }
}
