package pyj.interp;

import pyj.code.PyCode;
import pyj.objects.Exc;
import pyj.objects.PyCell;
import pyj.objects.PyDict;
import pyj.objects.PyFunction;
import pyj.objects.PyObject;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;

/** Entry points from Java into Python code: calling functions, binding arguments to a new frame. */
public final class Interpreter {
    private Interpreter() {}

    /** The thread state set last: checked against the running thread, it spares a ThreadLocal lookup. */
    private static ThreadState current;
    private static final ThreadLocal<ThreadState> BY_THREAD = new ThreadLocal<>();

    static ThreadState threadState() {
        ThreadState ts = current;
        if (ts != null && ts.thread == Thread.currentThread()) {
            return ts;
        }
        ThreadState mine = BY_THREAD.get();
        if (mine != null) {
            return mine;
        }
        // An InterpreterState made on one thread and run on another (single-threaded use).
        if (ts == null) {
            throw new IllegalStateException("no pyj InterpreterState has been created");
        }
        return ts;
    }

    static void setThreadState(ThreadState ts) {
        BY_THREAD.set(ts);
        if (ts != null) {
            current = ts;
        }
    }

    /** import NAME through builtins.__import__, for Java code that calls stdlib helpers (copyreg). */
    public static PyObject importModule(String name) {
        PyObject imp = threadState().interp.builtins.dict.getStr("__import__");
        return pyj.objects.Abstract.call(imp, pyj.objects.PyStr.of(name));
    }

    /** The frame running Python code now (for super(), sys._getframe, globals(), locals()). */
    public static Frame currentFrame() {
        return threadState().frame;
    }

    /** Calls a Python function from Java: a new frame, its own run of the eval loop. */
    public static PyObject callFunction(PyFunction fn, PyObject[] args, String[] kwnames) {
        Frame f = newFrame(fn, args, 0, args.length, kwnames);
        return Eval.run(threadState(), f, null);
    }

    /** Runs a code object with the given globals and locals (module and class bodies). */
    public static PyObject runCode(Exec exec, PyDict globals, PyObject locals, PyCell[] closure) {
        ThreadState ts = threadState();
        Frame f = new Frame(exec, null, globals, builtinsFromGlobals(ts, globals), locals);
        if (closure != null) {
            int off = exec.nlocalsplus - closure.length;
            System.arraycopy(closure, 0, f.localsplus, off, closure.length);
        }
        return Eval.run(ts, f, null);
    }

    /** _PyEval_BuiltinsFromGlobals: globals['__builtins__'] (a module's dict or a dict), else the interpreter's. */
    static PyDict builtinsFromGlobals(ThreadState ts, PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        if (b instanceof pyj.objects.PyModule m) {
            return m.dict;
        }
        if (b instanceof PyDict d) {
            return d;
        }
        return ts.interp.builtinsDict();
    }

    /** PyEval_GetBuiltins: the running frame's builtins dict. */
    public static PyDict currentBuiltins() {
        ThreadState ts = threadState();
        return ts.frame != null ? ts.frame.builtins : ts.interp.builtinsDict();
    }

    /** Runs a code object (from exec/eval) with a closure checked by the caller. */
    public static PyObject runCodeObject(pyj.objects.PyCodeObj code, PyDict globals, PyObject locals,
            PyCell[] closure) {
        return runCode(Exec.of(code), globals, locals, closure);
    }

    /** Runs a class body with ns as its locals; returns what the body returns (the __class__ cell or None). */
    public static PyObject runClassBody(PyFunction body, PyObject ns) {
        Exec exec = Exec.of(body.code);
        Frame f = new Frame(exec, body, body.globals, body.builtins, ns);
        if (body.closure != null) {
            System.arraycopy(body.closure, 0, f.localsplus, exec.nlocalsplus - body.closure.length, body.closure.length);
        }
        return Eval.run(threadState(), f, null);
    }

    /**
     * A frame for fn with args[off .. off+n) bound to its parameters (positional values first, then
     * the values of the keywords in kwnames), as CPython's initialize_locals.
     */
    static Frame newFrame(PyFunction fn, PyObject[] args, int off, int n, String[] kwnames) {
        Exec exec = Exec.of(fn.code);
        ThreadState ts = threadState();
        Frame f = new Frame(exec, fn, fn.globals, fn.builtins, null);
        bind(fn, exec.code, f.localsplus, args, off, n, kwnames);
        if (fn.closure != null) {
            // COPY_FREE_VARS copies them too; doing it here keeps frames made from Java complete.
            System.arraycopy(fn.closure, 0, f.localsplus, exec.nlocalsplus - fn.closure.length, fn.closure.length);
        }
        if (ts == null) {
            throw new IllegalStateException();
        }
        return f;
    }

    private static void bind(PyFunction fn, PyCode co, PyObject[] lp, PyObject[] args, int off, int n,
            String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int np = n - nk;
        int argcount = co.argcount();
        int kwonly = co.kwonlyargcount();
        int total = argcount + kwonly;
        boolean varargs = (co.flags() & PyCode.CO_VARARGS) != 0;
        boolean varkw = (co.flags() & PyCode.CO_VARKEYWORDS) != 0;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            lp[total + (varargs ? 1 : 0)] = kwdict;
        }
        int m = Math.min(np, argcount);
        System.arraycopy(args, off, lp, 0, m);
        if (varargs) {
            lp[total] = np > argcount ? new PyTuple(java.util.Arrays.copyOfRange(args, off + argcount, off + np))
                    : PyTuple.EMPTY;
        }
        java.util.List<String> varnames = co.varnames();
        java.util.List<String> posonlyAsKw = null;
        for (int k = 0; k < nk; k++) {
            String kw = kwnames[k];
            PyObject v = args[off + np + k];
            int j = -1;
            for (int i = co.posonlyargcount(); i < total; i++) {
                if (varnames.get(i).equals(kw)) {
                    j = i;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict == null) {
                    for (int i = 0; i < co.posonlyargcount(); i++) {
                        if (varnames.get(i).equals(kw)) {
                            if (posonlyAsKw == null) {
                                posonlyAsKw = new java.util.ArrayList<>();
                            }
                            posonlyAsKw.add(kw);
                        }
                    }
                    if (posonlyAsKw != null) {
                        continue;
                    }
                    throw Exc.typeError(fn.qualname + "() got an unexpected keyword argument '" + kw + "'");
                }
                kwdict.put(PyStr.of(kw), v);
                continue;
            }
            if (lp[j] != null) {
                throw Exc.typeError(fn.qualname + "() got multiple values for argument '" + kw + "'");
            }
            lp[j] = v;
        }
        if (posonlyAsKw != null) {
            throw Exc.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        }
        if (np > argcount && !varargs) {
            int defcount = fn.defaults == null ? 0 : fn.defaults.length;
            int kwonlyGiven = 0;
            for (int i = argcount; i < total; i++) {
                if (lp[i] != null) {
                    kwonlyGiven++;
                }
            }
            String sig = defcount > 0 ? "from " + (argcount - defcount) + " to " + argcount + " positional arguments"
                    : argcount + " positional argument" + (argcount != 1 ? "s" : "");
            String kwSig = kwonlyGiven > 0 ? " positional argument" + (np != 1 ? "s" : "") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")" : "";
            throw Exc.typeError(fn.qualname + "() takes " + sig + " but " + np + kwSig + " "
                    + (np == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
        }
        if (np < argcount) {
            int defcount = fn.defaults == null ? 0 : fn.defaults.length;
            int firstDefault = argcount - defcount;
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int i = np; i < firstDefault; i++) {
                if (lp[i] == null) {
                    missing.add(varnames.get(i));
                }
            }
            if (!missing.isEmpty()) {
                throw missing(fn, missing, "positional");
            }
            for (int i = Math.max(np, firstDefault); i < argcount; i++) {
                if (lp[i] == null) {
                    lp[i] = fn.defaults[i - firstDefault];
                }
            }
        }
        if (kwonly > 0) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int i = argcount; i < total; i++) {
                if (lp[i] == null) {
                    PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(varnames.get(i));
                    if (d != null) {
                        lp[i] = d;
                    } else {
                        missing.add(varnames.get(i));
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(fn, missing, "keyword-only");
            }
        }
    }

    private static pyj.objects.PyException missing(PyFunction fn, java.util.List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Exc.typeError(fn.qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + sb);
    }
}
