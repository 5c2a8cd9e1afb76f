package pyj.interp;

import java.io.OutputStream;
import pyj.code.PyCode;
import pyj.modules.Builtins;
import pyj.modules.Sys;
import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBaseException;
import pyj.objects.PyDict;
import pyj.objects.PyException;
import pyj.objects.PyInt;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;

/**
 * The interpreter: builtins, sys, the module table, and the eval breaker (a volatile flag the
 * loop tests on backward jumps and RESUME; set for signals and pending calls later).
 */
public final class InterpreterState {
    public final PyModule builtins;
    public final PyModule sys;
    public final PyDict modules = new PyDict();
    public final TextOut stdout;
    public final TextOut stderr;
    public volatile int evalBreaker;
    final ThreadState main;
    final Importer importer;
    /** The builtin __import__, so IMPORT_NAME can tell whether a program replaced it. */
    public PyObject originalImport;
    /** Where input() reads (sys.stdin is not a Python object yet). */
    public final java.io.InputStream stdin;
    /** Run when the main program ends (flushing files a program left open, as finalization would). */
    public final java.util.List<Runnable> atExit = new java.util.ArrayList<>();
    /** Serializes Python execution once a program starts threads (Gil). */
    public final Gil gil = new Gil(this);

    public InterpreterState(OutputStream out, OutputStream err) {
        this(java.io.InputStream.nullInputStream(), out, err);
    }

    public InterpreterState(java.io.InputStream in, OutputStream out, OutputStream err) {
        Methods.installAll();
        ImportTypes.install();
        // sys.set_int_max_str_digits is process-wide in pyj (one interpreter per process in
        // practice): a new interpreter starts from CPython's default.
        pyj.objects.Formatting.intMaxStrDigits = pyj.objects.PyInt.MAX_STR_DIGITS;
        this.stdin = in;
        this.importer = new Importer(this);
        this.stdout = new TextOut(out);
        this.stderr = new TextOut(err);
        this.main = new ThreadState(this);
        Interpreter.setThreadState(main);
        this.builtins = Builtins.create(this);
        this.sys = Sys.create(this);
        modules.putStr("builtins", builtins);
        modules.putStr("sys", sys);
        this.originalImport = builtins.dict.getStr("__import__");
        ModuleSpec builtinSpec = new ModuleSpec("builtins", PyStr.of("built-in"), null, false, PySingleton.NONE);
        builtins.dict.putStr("__spec__", builtinSpec);
        sys.dict.putStr("__spec__", new ModuleSpec("sys", PyStr.of("built-in"), null, false, PySingleton.NONE));
    }

    /** The names of the modules written in Java (sys.builtin_module_names). */
    public static final java.util.List<String> BUILTIN_MODULES = pyj.modules.BuiltinModules.NAMES;

    /** A builtin module not imported yet, or null if name is not one. builtins and sys exist from the start. */
    PyModule createBuiltinModule(String name) {
        return switch (name) {
            case "builtins" -> builtins;
            case "sys" -> sys;
            default -> pyj.modules.BuiltinModules.create(name, this);
        };
    }

    /** __import__(name, globals, locals, fromlist, level). */
    public PyObject importModuleLevel(PyObject name, PyObject globals, PyObject fromlist, int level) {
        return importer.importModuleLevel(name, globals, fromlist, level);
    }

    PyDict builtinsDict() {
        return builtins.dict;
    }

    /** Called by the loop when {@link #evalBreaker} is set: a thread waits for the GIL. */
    void handleEvalBreaker() {
        evalBreaker = 0;
        gil.yieldIfWanted();
    }

    /** The handled exception of the running thread (sys.exc_info()), or null. */
    public PyBaseException handledException() {
        return Interpreter.threadState().handled();
    }

    public int recursionLimit() {
        return main.recursionLimit;
    }

    public void setRecursionLimit(int n) {
        main.recursionLimit = n;
    }

    /** Runs a module's code as __main__; returns the exit status, printing an uncaught exception as CPython does. */
    public int runMain(PyCode code) {
        return runMain(code, java.util.List.of(code.filename()), null);
    }

    /**
     * Runs a module's code as __main__ with sys.argv = argv and sys.path = path (the script's
     * directory or '' for -c, then the PYTHONPATH entries; null leaves sys.path as it is).
     */
    public int runMain(PyCode code, java.util.List<String> argv, java.util.List<String> path) {
        PyObject[] av = new PyObject[argv.size()];
        for (int i = 0; i < av.length; i++) {
            av[i] = PyStr.of(argv.get(i));
        }
        sys.dict.putStr("argv", new pyj.objects.PyList(av));
        if (path != null && sys.dict.getStr("path") instanceof pyj.objects.PyList sysPath) {
            for (String e : path) {
                sysPath.append(PyStr.of(e));
            }
        }
        // The __main__ dict as CPython 3.11 fills it for a script.
        PyModule main = new PyModule("__main__");
        modules.putStr("__main__", main);
        main.dict.putStr("__annotations__", new PyDict());
        main.dict.putStr("__builtins__", builtins);
        if (!code.filename().equals("<string>")) {
            main.dict.putStr("__file__", PyStr.of(code.filename()));
            main.dict.putStr("__cached__", PySingleton.NONE);
        }
        int status = 0;
        try {
            Interpreter.runCode(Exec.of(code), main.dict, main.dict, null);
        } catch (PyException e) {
            status = handleUncaught(e);
        }
        for (Runnable r : atExit) {
            r.run();
        }
        try {
            stdout.flush();
            stderr.flush();
        } catch (PyException e) {
            // nothing more can be reported
        }
        return status;
    }

    /** Prints an exception's traceback on stderr (unraisable errors: atexit callbacks). */
    public void printException(PyException e) {
        stdout.flush();
        stderr.write(TracebackPrinter.format(e.exc));
    }

    private int handleUncaught(PyException e) {
        if (e.exc.type().isSubtypeOf(Exc.SystemExit)) {
            PyObject code = e.exc.stopValue();
            if (code == PySingleton.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.longValue();
            }
            stdout.flush();
            stderr.write(Abstract.str(code).value() + "\n");
            return 1;
        }
        stdout.flush();
        stderr.write(TracebackPrinter.format(e.exc));
        return 1;
    }
}
