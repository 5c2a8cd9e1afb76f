package pyj.interp;

import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBaseException;
import pyj.objects.PyBool;
import pyj.objects.PyException;
import pyj.objects.PyIterator;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyType;

/**
 * A generator: owns its frame and its own handled-exception state, which is linked into the
 * thread's stack while the generator runs and unlinked when it yields or ends (gen_send_ex2).
 * Resuming re-enters the eval loop at the frame's saved instruction pointer.
 */
public final class PyGenerator extends PyIterator {
    public static final PyType TYPE = PyIterator.newType("generator");

    static {
        Methods.def(TYPE, "__next__", 0, 0, a -> {
            PyGenerator g = (PyGenerator) a[0];
            PyObject v = g.resume(PySingleton.NONE, null);
            if (g.returned) {
                throw Exc.stopIteration(v == PySingleton.NONE ? null : v);
            }
            return v;
        });
        Methods.def(TYPE, "send", 1, 1, a -> ((PyGenerator) a[0]).send(a[1]));
        Methods.def(TYPE, "throw", 1, 3, a -> ((PyGenerator) a[0]).throwPy(a));
        Methods.def(TYPE, "close", 0, 0, a -> {
            ((PyGenerator) a[0]).close();
            return PySingleton.NONE;
        });
        Methods.def(TYPE, "__repr__", 0, 0, a -> PyStr.of("<generator object " + ((PyGenerator) a[0]).qualname + " at 0x"
                + Integer.toHexString(System.identityHashCode(a[0])) + ">"));
        Methods.getset(TYPE, "__name__", o -> PyStr.of(((PyGenerator) o).name),
                (o, v) -> ((PyGenerator) o).name = strAttr(v, "__name__"));
        Methods.getset(TYPE, "__qualname__", o -> PyStr.of(((PyGenerator) o).qualname),
                (o, v) -> ((PyGenerator) o).qualname = strAttr(v, "__qualname__"));
        Methods.getter(TYPE, "gi_yieldfrom", o -> {
            PyObject d = ((PyGenerator) o).delegate();
            return d == null ? PySingleton.NONE : d;
        });
        Methods.getter(TYPE, "gi_suspended", o -> {
            PyGenerator g = (PyGenerator) o;
            return PyBool.of(g.started() && !g.frame.finished && !g.running);
        });
        Methods.getter(TYPE, "gi_running", o -> PyBool.of(((PyGenerator) o).running));
        Methods.getter(TYPE, "gi_frame", o -> ((PyGenerator) o).frame.finished ? PySingleton.NONE : ((PyGenerator) o).frame);
        Methods.getter(TYPE, "gi_code", o -> ((PyGenerator) o).frame.exec.codeObj);
    }

    private static String strAttr(PyObject v, String what) {
        if (v == null || !(v instanceof PyStr s)) {
            throw Exc.typeError(what + " must be set to a string object");
        }
        return s.value();
    }

    /** What the frame's code is: a generator, a coroutine (async def) or an async generator. */
    static final int GEN = 0;
    static final int CORO = 1;
    static final int ASYNC_GEN = 2;

    final Frame frame;
    final int kind;
    final ThreadState.ExcInfo excState = new ThreadState.ExcInfo();
    String name;
    String qualname;
    boolean running;
    /** Set by the last resume: the generator returned (the value is its return value). */
    boolean returned;

    PyGenerator(Frame frame) {
        super(TYPE);
        this.frame = frame;
        int flags = frame.code.flags();
        this.kind = (flags & pyj.code.PyCode.CO_COROUTINE) != 0 ? CORO
                : (flags & pyj.code.PyCode.CO_ASYNC_GENERATOR) != 0 ? ASYNC_GEN : GEN;
        this.name = frame.func != null ? frame.func.name : frame.code.name();
        this.qualname = frame.func != null ? frame.func.qualname : frame.code.qualname();
    }

    /** The word CPython's messages use for this kind. */
    String kindName() {
        return kind == CORO ? "coroutine" : kind == ASYNC_GEN ? "async generator" : "generator";
    }

    boolean started() {
        // The frame stops right after RETURN_GENERATOR until the first resume.
        return frame.lasti > 0 && frame.code.opcodeAt(frame.lasti) != Op.RETURN_GENERATOR;
    }

    /**
     * Runs the generator until it yields (returns the value, {@link #returned} false) or returns
     * (returns the return value, {@link #returned} true). An exception from the body propagates.
     */
    PyObject resume(PyObject value, PyException thrown) {
        if (running) {
            throw Exc.valueError(kindName() + " already executing");
        }
        if (frame.finished) {
            if (kind == CORO) {
                throw Exc.runtimeError("cannot reuse already awaited coroutine");
            }
            returned = true;
            if (thrown != null) {
                throw thrown;
            }
            return PySingleton.NONE;
        }
        if (thrown == null) {
            if (!started() && value != PySingleton.NONE) {
                throw Exc.typeError("can't send non-None value to a just-started " + kindName());
            }
            frame.localsplus[frame.sp++] = value;
        }
        ThreadState ts = Interpreter.threadState();
        excState.previous = ts.excInfo;
        ts.excInfo = excState;
        running = true;
        frame.yielded = false;
        try {
            PyObject r = Eval.run(ts, frame, thrown);
            returned = !frame.yielded;
            if (returned) {
                excState.exc = null;
            }
            return r;
        } catch (PyException e) {
            returned = true;
            excState.exc = null;
            boolean stopAsync = kind == ASYNC_GEN && Exc.matches(e, Exc.StopAsyncIteration);
            if (Exc.matches(e, Exc.StopIteration) || stopAsync) {
                // PEP 479 / PEP 525: a StopIteration (StopAsyncIteration) leaving the frame becomes RuntimeError.
                PyBaseException re = new PyBaseException(Exc.RuntimeError,
                        PyStr.of(kindName() + " raised " + (stopAsync ? "StopAsyncIteration" : "StopIteration")));
                re.cause = e.exc;
                re.suppressContext = true;
                re.context = e.exc;
                PyException pe = new PyException(re);
                pe.chained = true;
                throw pe;
            }
            throw e;
        } finally {
            running = false;
            ts.excInfo = excState.previous;
            excState.previous = null;
        }
    }

    @Override
    public PyObject next() {
        PyObject v = resume(PySingleton.NONE, null);
        return returned ? null : v;
    }

    PyObject send(PyObject v) {
        PyObject r = resume(v, null);
        if (returned) {
            throw Exc.stopIteration(r == PySingleton.NONE ? null : r);
        }
        return r;
    }

    /** The object this generator delegates to with {@code yield from} (_PyGen_yf), or null. */
    PyObject delegate() {
        if (frame.finished || !started() || running) {
            return null;
        }
        int next = frame.ip;
        if (next >= frame.code.codeUnits() || frame.code.opcodeAt(next) != Op.RESUME || frame.code.argAt(next) < 2) {
            return null;
        }
        return frame.localsplus[frame.sp - 1];
    }

    /** gen.throw(exc) / gen.throw(type, value, tb). */
    PyObject throwPy(PyObject[] a) {
        PyObject r = throwIn(throwArgs(a));
        if (returned) {
            throw Exc.stopIteration(r == PySingleton.NONE ? null : r);
        }
        return r;
    }

    /** The exception of throw(type[, value[, tb]]) / throw(exc); a[0] is self. */
    static PyBaseException throwArgs(PyObject[] a) {
        if (!(a[1] instanceof PyBaseException) && !(a[1] instanceof pyj.objects.PyType t && t.isSubtypeOf(Exc.BaseException))) {
            throw Exc.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + a[1].type().name());
        }
        if (a.length > 3 && a[3] != PySingleton.NONE && !(a[3] instanceof PyTraceback)) {
            throw Exc.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc = Eval.makeException(a[1], a.length > 2 ? a[2] : PySingleton.NONE);
        if (a.length > 3 && a[3] != PySingleton.NONE) {
            exc.traceback = a[3];
        }
        return exc;
    }

    /** Throws exc into the generator at its yield (delegating through yield from, as _gen_throw). */
    PyObject throwIn(PyBaseException exc) {
        return throwIn(exc, true);
    }

    PyObject throwIn(PyBaseException exc, boolean closeOnGenExit) {
        PyObject yf = delegate();
        if (yf == null) {
            return resumeThrowing(exc);
        }
        // Only the delegate's own errors are caught here; resuming this frame happens outside the try,
        // so an exception leaving this generator is not taken for the delegate's.
        PyObject r;
        boolean delegateReturned = false;
        running = true;
        try {
            if (closeOnGenExit && exc.type().isSubtypeOf(Exc.GeneratorExit)) {
                closeDelegate(yf);
                running = false;
                return resumeThrowing(exc);
            }
            if (yf instanceof PyGenerator g) {
                r = g.throwIn(exc);
                delegateReturned = g.returned;
            } else if (yf instanceof Coro.Sendable sd) {
                r = sd.throwJ(exc);
            } else {
                PyObject meth = pyj.objects.Abstract.getAttrOrNull(yf, "throw");
                if (meth == null) {
                    running = false;
                    return resumeThrowing(exc);
                }
                r = pyj.objects.Abstract.call(meth, exc);
            }
        } catch (PyException e) {
            running = false;
            if (frame.finished) {
                throw e;
            }
            // The delegate raised: pop it, and continue in this generator at its SEND.
            frame.sp--;
            frame.localsplus[frame.sp] = null;
            if (Exc.matches(e, Exc.StopIteration)) {
                return finishDelegation(e.exc.stopValue());
            }
            frame.lasti = sendOffset();
            return resumeThrowing(e.exc);
        } finally {
            running = false;
        }
        return delegateReturned ? finishDelegation(r) : r;
    }

    private PyObject resumeThrowing(PyBaseException exc) {
        PyException pe = new PyException(exc);
        pe.chained = true;
        return resume(PySingleton.NONE, pe);
    }

    /** The SEND instruction of the current yield-from loop (just before the YIELD_VALUE that suspended us). */
    private int sendOffset() {
        int i = frame.ip - 1;
        while (i > 0 && frame.code.opcodeAt(i) != Op.SEND) {
            i--;
        }
        return i;
    }

    /** The delegate returned r: jump past the yield-from loop with r as its value. */
    private PyObject finishDelegation(PyObject r) {
        int send = sendOffset();
        frame.sp--;
        frame.localsplus[frame.sp] = null;
        frame.ip = send + 1 + frame.code.argAt(send);
        return resume(r, null);
    }

    private static void closeDelegate(PyObject yf) {
        if (yf instanceof PyGenerator g) {
            g.close();
            return;
        }
        if (yf instanceof Coro.Sendable sd) {
            sd.closeJ();
            return;
        }
        PyObject meth = pyj.objects.Abstract.getAttrOrNull(yf, "close");
        if (meth != null) {
            pyj.objects.Abstract.call(meth);
        }
    }

    void close() {
        if (frame.finished) {
            return;
        }
        if (!started()) {
            frame.finished = true;
            return;
        }
        try {
            throwIn(new PyBaseException(Exc.GeneratorExit));
        } catch (PyException e) {
            if (Exc.matches(e, Exc.GeneratorExit) || Exc.matches(e, Exc.StopIteration)) {
                return;
            }
            throw e;
        }
        if (!returned) {
            throw Exc.runtimeError(kindName() + " ignored GeneratorExit");
        }
    }
}
