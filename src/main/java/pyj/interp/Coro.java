package pyj.interp;

import pyj.objects.Abstract;
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
 * Coroutines and async generators (CPython 3.11 Objects/genobject.c) over the generator machinery
 * of {@link PyGenerator}, which runs the frame and keeps its exception state; and the async
 * instructions (GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH).
 */
final class Coro {
    private Coro() {}

    private static final PyObject NONE = PySingleton.NONE;

    /**
     * An awaitable iterator written in Java that SEND and throw() drive directly: sendJ/throwJ
     * answer the next yielded value or raise StopIteration(value) when done.
     */
    interface Sendable {
        PyObject sendJ(PyObject v);

        PyObject throwJ(PyBaseException e);

        void closeJ();
    }

    static PyType newType(String name) {
        return PyType.builtin(name, null);
    }

    private static String at(PyObject o) {
        return " at 0x" + Integer.toHexString(System.identityHashCode(o)) + ">";
    }

    /** gen_send for a coroutine: the yielded value, or StopIteration(return value). */
    private static PyObject send(PyGenerator g, PyObject v) {
        PyObject r = g.resume(v, null);
        if (g.returned) {
            throw Exc.stopIteration(r);
        }
        return r;
    }

    private static PyObject throwInto(PyGenerator g, PyBaseException e, boolean closeOnGenExit) {
        PyObject r = g.throwIn(e, closeOnGenExit);
        if (g.returned) {
            throw g.kind == PyGenerator.ASYNC_GEN ? new PyException(new PyBaseException(Exc.StopAsyncIteration))
                    : Exc.stopIteration(r);
        }
        return r;
    }

    // ---- coroutines ----

    static final class PyCoroutine extends PyObject implements Sendable {
        static final PyType TYPE = newType("coroutine");

        static {
            Methods.def(TYPE, "send", 1, 1, a -> ((PyCoroutine) a[0]).sendJ(a[1]));
            Methods.def(TYPE, "throw", 1, 3, a -> ((PyCoroutine) a[0]).throwJ(PyGenerator.throwArgs(a)));
            Methods.def(TYPE, "close", 0, 0, a -> {
                ((PyCoroutine) a[0]).closeJ();
                return NONE;
            });
            Methods.def(TYPE, "__await__", 0, 0, a -> new Wrapper((PyCoroutine) a[0]));
            Methods.def(TYPE, "__repr__", 0, 0, a -> PyStr.of("<coroutine object " + ((PyCoroutine) a[0]).g.qualname + at(a[0])));
            Methods.getter(TYPE, "__name__", o -> PyStr.of(((PyCoroutine) o).g.name));
            Methods.getter(TYPE, "__qualname__", o -> PyStr.of(((PyCoroutine) o).g.qualname));
            Methods.getter(TYPE, "cr_running", o -> PyBool.of(((PyCoroutine) o).g.running));
            Methods.getter(TYPE, "cr_frame", o -> ((PyCoroutine) o).g.frame.finished ? NONE : ((PyCoroutine) o).g.frame);
            Methods.getter(TYPE, "cr_code", o -> ((PyCoroutine) o).g.frame.exec.codeObj);
            Methods.getter(TYPE, "cr_await", o -> orNone(((PyCoroutine) o).g.delegate()));
        }

        final PyGenerator g;

        PyCoroutine(PyGenerator g) {
            this.g = g;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject sendJ(PyObject v) {
            return send(g, v);
        }

        @Override
        public PyObject throwJ(PyBaseException e) {
            return throwInto(g, e, true);
        }

        @Override
        public void closeJ() {
            g.close();
        }
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? NONE : o;
    }

    /** coro.__await__(): the coroutine_wrapper iterator. */
    static final class Wrapper extends PyObject implements Sendable {
        static final PyType TYPE = newType("coroutine_wrapper");

        static {
            Methods.def(TYPE, "__iter__", 0, 0, a -> a[0]);
            Methods.def(TYPE, "__next__", 0, 0, a -> ((Wrapper) a[0]).sendJ(NONE));
            Methods.def(TYPE, "send", 1, 1, a -> ((Wrapper) a[0]).sendJ(a[1]));
            Methods.def(TYPE, "throw", 1, 3, a -> ((Wrapper) a[0]).throwJ(PyGenerator.throwArgs(a)));
            Methods.def(TYPE, "close", 0, 0, a -> {
                ((Wrapper) a[0]).closeJ();
                return NONE;
            });
        }

        final PyCoroutine c;

        Wrapper(PyCoroutine c) {
            this.c = c;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject sendJ(PyObject v) {
            return c.sendJ(v);
        }

        @Override
        public PyObject throwJ(PyBaseException e) {
            return c.throwJ(e);
        }

        @Override
        public void closeJ() {
            c.closeJ();
        }
    }

    // ---- async generators ----

    /** What ASYNC_GEN_WRAP makes of a value an async generator yields (vs. one its awaits pass up). */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = newType("async_generator_wrapped_value");
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static final class PyAsyncGen extends PyObject {
        static final PyType TYPE = newType("async_generator");

        static {
            Methods.def(TYPE, "__aiter__", 0, 0, a -> a[0]);
            Methods.def(TYPE, "__anext__", 0, 0, a -> new ASend((PyAsyncGen) a[0], NONE));
            Methods.def(TYPE, "asend", 1, 1, a -> new ASend((PyAsyncGen) a[0], a[1]));
            Methods.def(TYPE, "athrow", 1, 3, a -> new AThrow((PyAsyncGen) a[0], a));
            Methods.def(TYPE, "aclose", 0, 0, a -> new AThrow((PyAsyncGen) a[0], null));
            Methods.def(TYPE, "__repr__", 0, 0, a -> PyStr.of("<async_generator object " + ((PyAsyncGen) a[0]).g.qualname + at(a[0])));
            Methods.getter(TYPE, "__name__", o -> PyStr.of(((PyAsyncGen) o).g.name));
            Methods.getter(TYPE, "__qualname__", o -> PyStr.of(((PyAsyncGen) o).g.qualname));
            Methods.getter(TYPE, "ag_running", o -> PyBool.of(((PyAsyncGen) o).runningAsync));
            Methods.getter(TYPE, "ag_frame", o -> ((PyAsyncGen) o).g.frame.finished ? NONE : ((PyAsyncGen) o).g.frame);
            Methods.getter(TYPE, "ag_code", o -> ((PyAsyncGen) o).g.frame.exec.codeObj);
            Methods.getter(TYPE, "ag_await", o -> orNone(((PyAsyncGen) o).g.delegate()));
        }

        final PyGenerator g;
        boolean runningAsync;
        boolean closed;

        PyAsyncGen(PyGenerator g) {
            this.g = g;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** gen_send: the next value, StopAsyncIteration when the body returns. */
        PyObject genSend(PyObject v) {
            PyObject r = g.resume(v, null);
            if (g.returned) {
                throw new PyException(new PyBaseException(Exc.StopAsyncIteration));
            }
            return r;
        }

        /** async_gen_unwrap_value: a wrapped (yielded) value ends the awaitable with StopIteration(value). */
        PyObject unwrap(java.util.function.Supplier<PyObject> step) {
            PyObject r;
            try {
                r = step.get();
            } catch (PyException e) {
                if (Exc.matches(e, Exc.StopAsyncIteration) || Exc.matches(e, Exc.GeneratorExit)) {
                    closed = true;
                }
                runningAsync = false;
                throw e;
            }
            if (r instanceof Wrapped w) {
                runningAsync = false;
                throw Exc.stopIteration(w.value);
            }
            return r;
        }
    }

    private static final int INIT = 0;
    private static final int ITER = 1;
    private static final int CLOSED = 2;

    private static void defAwaitable(PyType t) {
        Methods.def(t, "__await__", 0, 0, a -> a[0]);
        Methods.def(t, "__iter__", 0, 0, a -> a[0]);
        Methods.def(t, "__next__", 0, 0, a -> ((Sendable) a[0]).sendJ(NONE));
        Methods.def(t, "send", 1, 1, a -> ((Sendable) a[0]).sendJ(a[1]));
        Methods.def(t, "throw", 1, 3, a -> ((Sendable) a[0]).throwJ(PyGenerator.throwArgs(a)));
        Methods.def(t, "close", 0, 0, a -> {
            ((Sendable) a[0]).closeJ();
            return NONE;
        });
    }

    /** The awaitable of __anext__() / asend(v). */
    static final class ASend extends PyObject implements Sendable {
        static final PyType TYPE = newType("async_generator_asend");

        static {
            defAwaitable(TYPE);
        }

        final PyAsyncGen ag;
        final PyObject sendval;
        int state = INIT;

        ASend(PyAsyncGen ag, PyObject sendval) {
            this.ag = ag;
            this.sendval = sendval;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject sendJ(PyObject v) {
            if (state == CLOSED) {
                throw Exc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (ag.runningAsync) {
                    throw Exc.runtimeError("anext(): asynchronous generator is already running");
                }
                if (v == NONE) {
                    v = sendval;
                }
                state = ITER;
            }
            ag.runningAsync = true;
            PyObject arg = v;
            try {
                return ag.unwrap(() -> ag.genSend(arg));
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        @Override
        public PyObject throwJ(PyBaseException e) {
            if (state == CLOSED) {
                throw Exc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            try {
                return ag.unwrap(() -> throwInto(ag.g, e, true));
            } catch (PyException x) {
                state = CLOSED;
                throw x;
            }
        }

        @Override
        public void closeJ() {
            state = CLOSED;
        }
    }

    /** The awaitable of athrow(...) and of aclose() (args null). */
    static final class AThrow extends PyObject implements Sendable {
        static final PyType TYPE = newType("async_generator_athrow");

        static {
            defAwaitable(TYPE);
        }

        final PyAsyncGen ag;
        final PyObject[] args;
        int state = INIT;

        AThrow(PyAsyncGen ag, PyObject[] args) {
            this.ag = ag;
            this.args = args;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyException ignoredExit() {
            ag.runningAsync = false;
            state = CLOSED;
            return Exc.runtimeError("async generator ignored GeneratorExit");
        }

        /** check_error: aclose() ends with StopIteration when the generator finished or exited. */
        private PyException checkError(PyException e) {
            ag.runningAsync = false;
            state = CLOSED;
            if (args == null && (Exc.matches(e, Exc.StopAsyncIteration) || Exc.matches(e, Exc.GeneratorExit))) {
                return Exc.stopIteration(null);
            }
            return e;
        }

        @Override
        public PyObject sendJ(PyObject v) {
            if (state == CLOSED) {
                throw Exc.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (ag.g.frame.finished) {
                state = CLOSED;
                throw Exc.stopIteration(null);
            }
            PyObject r;
            if (state == INIT) {
                if (ag.runningAsync) {
                    state = CLOSED;
                    throw Exc.runtimeError((args == null ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (ag.closed) {
                    state = CLOSED;
                    throw new PyException(new PyBaseException(Exc.StopAsyncIteration));
                }
                if (v != NONE) {
                    throw Exc.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                ag.runningAsync = true;
                try {
                    if (args == null) {
                        ag.closed = true;
                        r = throwInto(ag.g, new PyBaseException(Exc.GeneratorExit), false);
                        if (r instanceof Wrapped) {
                            throw ignoredExit();
                        }
                        return r;
                    }
                    PyBaseException exc = PyGenerator.throwArgs(args);
                    return ag.unwrap(() -> throwInto(ag.g, exc, false));
                } catch (PyException e) {
                    throw checkError(e);
                }
            }
            if (args != null) {
                return ag.unwrap(() -> ag.genSend(v));
            }
            try {
                r = ag.genSend(v);
            } catch (PyException e) {
                throw checkError(e);
            }
            if (r instanceof Wrapped) {
                throw ignoredExit();
            }
            return r;
        }

        @Override
        public PyObject throwJ(PyBaseException e) {
            if (state == CLOSED) {
                throw Exc.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (args != null) {
                return ag.unwrap(() -> throwInto(ag.g, e, true));
            }
            PyObject r;
            try {
                r = throwInto(ag.g, e, true);
            } catch (PyException x) {
                if (Exc.matches(x, Exc.StopAsyncIteration) || Exc.matches(x, Exc.GeneratorExit)) {
                    throw Exc.stopIteration(null);
                }
                throw x;
            }
            if (r instanceof Wrapped) {
                throw ignoredExit();
            }
            return r;
        }

        @Override
        public void closeJ() {
            state = CLOSED;
        }
    }

    // ---- instructions ----

    private static boolean isIterableCoroutine(PyObject o) {
        return o instanceof PyGenerator g && (g.frame.code.flags() & pyj.code.PyCode.CO_ITERABLE_COROUTINE) != 0;
    }

    /** _PyCoro_GetAwaitableIter. */
    static PyObject awaitableIter(PyObject o) {
        if (o instanceof PyCoroutine || isIterableCoroutine(o)) {
            return o;
        }
        PyObject getter = o.type().lookup("__await__");
        if (getter != null && getter != NONE) {
            PyObject res = Abstract.callWithSelf(getter, o, new PyObject[0], null);
            if (res instanceof PyCoroutine || isIterableCoroutine(res)) {
                throw Exc.typeError("__await__() returned a coroutine");
            }
            if (!(res instanceof PyIterator) && res.type().lookup("__next__") == null) {
                throw Exc.typeError("__await__() returned non-iterator of type '" + res.type().name() + "'");
            }
            return res;
        }
        throw Exc.typeError("object " + o.type().name() + " can't be used in 'await' expression");
    }

    /** GET_AWAITABLE where: 0 await, 1 after __aenter__, 2 after __aexit__. */
    static PyObject getAwaitable(PyObject o, int where) {
        PyObject it;
        try {
            it = awaitableIter(o);
        } catch (PyException e) {
            if (where != 0 && o.type().lookup("__await__") == null) {
                throw Exc.typeError("'async with' received an object from __a" + (where == 1 ? "enter" : "exit")
                        + "__ that does not implement __await__: " + o.type().name());
            }
            throw e;
        }
        if (it instanceof PyCoroutine c && c.g.delegate() != null) {
            throw Exc.runtimeError("coroutine is being awaited already");
        }
        return it;
    }

    static PyObject getAIter(PyObject o) {
        PyObject getter = o.type().lookup("__aiter__");
        if (getter == null) {
            throw Exc.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name());
        }
        PyObject it = Abstract.callWithSelf(getter, o, new PyObject[0], null);
        if (it.type().lookup("__anext__") == null) {
            throw Exc.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name());
        }
        return it;
    }

    static PyObject getANext(PyObject aiter) {
        if (aiter instanceof PyAsyncGen ag) {
            return new ASend(ag, NONE);
        }
        PyObject getter = aiter.type().lookup("__anext__");
        if (getter == null) {
            throw Exc.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.type().name());
        }
        PyObject next = Abstract.callWithSelf(getter, aiter, new PyObject[0], null);
        try {
            return awaitableIter(next);
        } catch (PyException e) {
            PyBaseException te = new PyBaseException(Exc.TypeError,
                    PyStr.of("'async for' received an invalid object from __anext__: " + next.type().name()));
            te.cause = e.exc;
            te.context = e.exc;
            te.suppressContext = true;
            PyException pe = new PyException(te);
            pe.chained = true;
            throw pe;
        }
    }

    /** BEFORE_ASYNC_WITH: (mgr -- bound __aexit__, __aenter__()). */
    static int beforeAsyncWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__aenter__");
        if (enter == null) {
            throw Exc.typeError("'" + t.name() + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = t.lookup("__aexit__");
        if (exit == null) {
            throw Exc.typeError("'" + t.name()
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        s[sp - 1] = Abstract.bind(exit, mgr, t);
        s[sp++] = Abstract.callWithSelf(enter, mgr, new PyObject[0], null);
        return sp;
    }
}
