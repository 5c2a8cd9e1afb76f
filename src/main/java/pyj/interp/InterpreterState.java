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

    public InterpreterState(OutputStream out, OutputStream err) {
        Methods.installAll();
        this.stdout = new TextOut(out);
        this.stderr = new TextOut(err);
        this.main = new ThreadState(this);
        Interpreter.setThreadState(main);
        this.builtins = Builtins.create(this);
        this.sys = Sys.create(this);
        modules.putStr("builtins", builtins);
        modules.putStr("sys", sys);
    }

    PyDict builtinsDict() {
        return builtins.dict;
    }

    /** Called by the loop when {@link #evalBreaker} is set. Nothing sets it yet. */
    void handleEvalBreaker() {
        evalBreaker = 0;
    }

    /** The handled exception of the running thread (sys.exc_info()), or null. */
    public PyBaseException handledException() {
        return main.handled();
    }

    public int recursionLimit() {
        return main.recursionLimit;
    }

    public void setRecursionLimit(int n) {
        main.recursionLimit = n;
    }

    /** import NAME: builtin modules only for now. */
    PyObject importModule(String name, PyObject fromlist) {
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        PyObject m = modules.getStr(name);
        if (m == null) {
            PyException e = Exc.of(Exc.ModuleNotFoundError, "No module named '" + name + "'");
            e.exc.setInstanceAttr("name", PyStr.of(name));
            throw e;
        }
        if (fromlist == PySingleton.NONE || !Abstract.isTrue(fromlist)) {
            PyObject t = modules.getStr(top);
            return t != null ? t : m;
        }
        return m;
    }

    /** Runs a module's code as __main__; returns the exit status, printing an uncaught exception as CPython does. */
    public int runMain(PyCode code) {
        PyModule main = new PyModule("__main__");
        modules.putStr("__main__", main);
        main.dict.putStr("__builtins__", builtins);
        main.dict.putStr("__file__", PyStr.of(code.filename()));
        int status = 0;
        try {
            Interpreter.runCode(Exec.of(code), main.dict, main.dict, null);
        } catch (PyException e) {
            status = handleUncaught(e);
        }
        try {
            stdout.flush();
            stderr.flush();
        } catch (PyException e) {
            // nothing more can be reported
        }
        return status;
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
