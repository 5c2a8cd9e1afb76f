package pyj.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import pyj.interp.InterpreterState;
import pyj.objects.Abstract;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBool;
import pyj.objects.PyDict;
import pyj.objects.PyException;
import pyj.objects.PyFloat;
import pyj.objects.PyInt;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * _thread (Modules/_threadmodule.c) over Java platform threads. Python code runs under the
 * interpreter's GIL (pyj.interp.Gil), which lock acquires release while they block. Absent:
 * _local (threading falls back to _threading_local), stack_size, _excepthook (threading has a
 * pure-Python one), daemon_threads_allowed (new in 3.12); interrupt_main raises NotImplementedError.
 */
final class ThreadModule {
    private ThreadModule() {}

    static final PyType LOCK = PyType.builtin("_thread.lock", null);
    static final PyType RLOCK = PyType.builtin("_thread.RLock", null);
    /** PY_TIMEOUT_MAX in seconds on Linux x86-64, as CPython 3.11 reports it. */
    static final double TIMEOUT_MAX = 9223372036.0;
    static final AtomicInteger RUNNING = new AtomicInteger();
    /** The locks _set_sentinel gave the current thread: released when it ends. */
    static final ThreadLocal<List<Lock>> SENTINELS = ThreadLocal.withInitial(ArrayList::new);
    /** Set by create(): lock waits release this interpreter's GIL. */
    static volatile InterpreterState interp;

    static long ident() {
        return Thread.currentThread().threadId();
    }

    /** Waits for sem (timeout in seconds, -1 forever) with the GIL released. */
    static boolean acquire(Semaphore sem, boolean blocking, double timeout) {
        if (sem.tryAcquire()) {
            return true;
        }
        if (!blocking) {
            return false;
        }
        InterpreterState is = interp;
        java.util.function.Supplier<Boolean> wait = () -> {
            while (true) {
                try {
                    if (timeout < 0) {
                        sem.acquire();
                        return true;
                    }
                    return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // Python threads are not interrupted through Java; keep waiting.
                }
            }
        };
        return is == null ? wait.get() : is.gil.blocking(wait);
    }

    static final class Lock extends PyObject {
        final Semaphore sem = new Semaphore(1);

        @Override
        public PyType type() {
            return LOCK;
        }

        boolean locked() {
            return sem.availablePermits() == 0;
        }

        void release() {
            if (!locked()) {
                throw Exc.runtimeError("release unlocked lock");
            }
            sem.release();
        }
    }

    static final class RLock extends PyObject {
        final Semaphore sem = new Semaphore(1);
        long owner;
        long count;

        @Override
        public PyType type() {
            return RLOCK;
        }

        boolean acquire(boolean blocking, double timeout) {
            long me = ident();
            if (count > 0 && owner == me) {
                count++;
                return true;
            }
            if (!ThreadModule.acquire(sem, blocking, timeout)) {
                return false;
            }
            owner = me;
            count = 1;
            return true;
        }

        void release() {
            if (count == 0 || owner != ident()) {
                throw Exc.runtimeError("cannot release un-acquired lock");
            }
            if (--count == 0) {
                owner = 0;
                sem.release();
            }
        }
    }

    /** acquire(blocking=True, timeout=-1): lock_acquire_parse_args. */
    static double[] acquireArgs(PyObject[] a, String[] kw) {
        int nk = kw == null ? 0 : kw.length;
        int np = a.length - 1 - nk;
        if (np + nk > 2) {
            throw Exc.typeError("acquire() takes at most 2 arguments (" + (np + nk) + " given)");
        }
        PyObject blockingObj = np > 0 ? a[1] : null;
        PyObject timeoutObj = np > 1 ? a[2] : null;
        for (int k = 0; k < nk; k++) {
            PyObject v = a[a.length - nk + k];
            switch (kw[k]) {
                case "blocking" -> {
                    if (blockingObj != null) {
                        throw Exc.typeError("argument for acquire() given by name ('blocking') and position (1)");
                    }
                    blockingObj = v;
                }
                case "timeout" -> {
                    if (timeoutObj != null) {
                        throw Exc.typeError("argument for acquire() given by name ('timeout') and position (2)");
                    }
                    timeoutObj = v;
                }
                default -> throw Exc.typeError("'" + kw[k] + "' is an invalid keyword argument for acquire()");
            }
        }
        boolean blocking = blockingObj == null || Abstract.isTrue(blockingObj);
        double timeout = -1;
        if (timeoutObj != null) {
            if (timeoutObj instanceof PyFloat f) {
                timeout = f.value;
            } else if (timeoutObj instanceof PyInt i) {
                timeout = i.isLong() ? i.longValue() : i.signum() * 1e300;
            } else {
                throw Exc.typeError("'" + Abstract.typeName(timeoutObj) + "' object cannot be interpreted as an integer");
            }
            if (Math.abs(timeout) > 9.2e18) {
                throw Exc.overflow("timestamp out of range for platform time_t");
            }
        }
        if (!blocking && timeout != -1) {
            throw Exc.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Exc.valueError("timeout value must be positive");
        }
        if (timeout > TIMEOUT_MAX) {
            throw Exc.overflow("timeout value is too large");
        }
        return new double[] {blocking ? 1 : 0, timeout};
    }

    static String addr(PyObject o) {
        return "0x" + Integer.toHexString(System.identityHashCode(o));
    }

    static {
        Methods.staticNew(LOCK, (cls, a, kw) -> new Lock());
        for (String name : new String[] {"acquire", "acquire_lock", "__enter__"}) {
            Methods.defKw(LOCK, name, (a, kw) -> {
                double[] p = acquireArgs(a, kw);
                return PyBool.of(acquire(((Lock) a[0]).sem, p[0] != 0, p[1]));
            });
        }
        for (String name : new String[] {"release", "release_lock"}) {
            Methods.def(LOCK, name, 0, 0, a -> {
                ((Lock) a[0]).release();
                return PySingleton.NONE;
            });
        }
        Methods.defKw(LOCK, "__exit__", (a, kw) -> {
            ((Lock) a[0]).release();
            return PySingleton.NONE;
        });
        for (String name : new String[] {"locked", "locked_lock"}) {
            Methods.def(LOCK, name, 0, 0, a -> PyBool.of(((Lock) a[0]).locked()));
        }
        Methods.def(LOCK, "__repr__", 0, 0, a -> PyStr.of("<" + (((Lock) a[0]).locked() ? "locked" : "unlocked")
                + " _thread.lock object at " + addr(a[0]) + ">"));

        Methods.staticNew(RLOCK, (cls, a, kw) -> new RLock());
        for (String name : new String[] {"acquire", "__enter__"}) {
            Methods.defKw(RLOCK, name, (a, kw) -> {
                double[] p = acquireArgs(a, kw);
                return PyBool.of(((RLock) a[0]).acquire(p[0] != 0, p[1]));
            });
        }
        Methods.def(RLOCK, "release", 0, 0, a -> {
            ((RLock) a[0]).release();
            return PySingleton.NONE;
        });
        Methods.defKw(RLOCK, "__exit__", (a, kw) -> {
            ((RLock) a[0]).release();
            return PySingleton.NONE;
        });
        Methods.def(RLOCK, "_is_owned", 0, 0, a -> {
            RLock r = (RLock) a[0];
            return PyBool.of(r.count > 0 && r.owner == ident());
        });
        // threading.Condition saves and restores an RLock around wait().
        Methods.def(RLOCK, "_release_save", 0, 0, a -> {
            RLock r = (RLock) a[0];
            if (r.count == 0) {
                throw Exc.runtimeError("cannot release un-acquired lock");
            }
            PyTuple state = new PyTuple(PyInt.of(r.count), PyInt.of(r.owner));
            r.count = 0;
            r.owner = 0;
            r.sem.release();
            return state;
        });
        Methods.def(RLOCK, "_acquire_restore", 1, 1, a -> {
            RLock r = (RLock) a[0];
            if (!(a[1] instanceof PyTuple t) || t.size() != 2) {
                throw Exc.typeError("_acquire_restore() argument 1 must be a (count, owner) tuple");
            }
            long count = ModuleDefs.ssize(t.get(0));
            long owner = ModuleDefs.ssize(t.get(1));
            acquire(r.sem, true, -1);
            r.owner = owner;
            r.count = count;
            return PySingleton.NONE;
        });
        Methods.def(RLOCK, "__repr__", 0, 0, a -> {
            RLock r = (RLock) a[0];
            return PyStr.of("<" + (r.count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + r.owner
                    + " count=" + r.count + " at " + addr(r) + ">");
        });
    }

    static PyModule create(InterpreterState is) {
        interp = is;
        PyModule m = new PyModule("_thread");
        m.dict.putStr("LockType", LOCK);
        m.dict.putStr("lock", LOCK);
        m.dict.putStr("RLock", RLOCK);
        m.dict.putStr("error", Exc.RuntimeError);
        m.dict.putStr("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        ModuleDefs.def(m, "allocate_lock", (a, kw) -> {
            pyj.objects.Args.checkPositional("allocate_lock", a, kw, 0, 0);
            return new Lock();
        });
        ModuleDefs.def(m, "allocate", (a, kw) -> {
            pyj.objects.Args.checkPositional("allocate", a, kw, 0, 0);
            return new Lock();
        });
        ModuleDefs.def(m, "get_ident", (a, kw) -> {
            pyj.objects.Args.checkPositional("get_ident", a, kw, 0, 0);
            return PyInt.of(ident());
        });
        // Java does not expose the OS thread id; the JVM's thread id is unique while the thread lives.
        ModuleDefs.def(m, "get_native_id", (a, kw) -> {
            pyj.objects.Args.checkPositional("get_native_id", a, kw, 0, 0);
            return PyInt.of(ident());
        });
        ModuleDefs.def(m, "_count", (a, kw) -> {
            pyj.objects.Args.checkPositional("_count", a, kw, 0, 0);
            return PyInt.of(RUNNING.get());
        });
        ModuleDefs.def(m, "_set_sentinel", (a, kw) -> {
            pyj.objects.Args.checkPositional("_set_sentinel", a, kw, 0, 0);
            Lock l = new Lock();
            l.sem.tryAcquire();
            SENTINELS.get().add(l);
            return l;
        });
        ModuleDefs.def(m, "interrupt_main", (a, kw) -> {
            throw Exc.notImplemented("pyj: _thread.interrupt_main (signals) is not implemented");
        });
        ModuleDefs.def(m, "exit", (a, kw) -> {
            pyj.objects.Args.checkPositional("exit", a, kw, 0, 0);
            throw new PyException(new pyj.objects.PyBaseException(Exc.SystemExit));
        });
        ModuleDefs.def(m, "start_new_thread", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Exc.typeError("start_new_thread() takes no keyword arguments");
            }
            if (a.length < 2 || a.length > 3) {
                throw Exc.typeError("start_new_thread expected " + (a.length < 2 ? "at least 2" : "at most 3")
                        + " arguments, got " + a.length);
            }
            PyObject fn = a[0];
            if (!Abstract.isCallable(fn)) {
                throw Exc.typeError("first arg must be callable");
            }
            if (!(a[1] instanceof PyTuple args)) {
                throw Exc.typeError("2nd arg must be a tuple");
            }
            PyDict kwargs = null;
            if (a.length > 2) {
                if (!(a[2] instanceof PyDict d)) {
                    throw Exc.typeError("optional 3rd arg must be a dictionary");
                }
                kwargs = d;
            }
            return PyInt.of(start(is, fn, args, kwargs));
        });
        return m;
    }

    static long start(InterpreterState is, PyObject fn, PyTuple args, PyDict kwargs) {
        PyObject[] av = args.array();
        String[] names = null;
        if (kwargs != null && kwargs.size() > 0) {
            List<String> n = new ArrayList<>();
            List<PyObject> v = new ArrayList<>(Arrays.asList(av));
            for (int i = 0; i < kwargs.entryLimit(); i++) {
                PyObject k = kwargs.keyAt(i);
                if (k != null) {
                    if (!(k instanceof PyStr ks)) {
                        throw Exc.typeError("keywords must be strings");
                    }
                    n.add(ks.value());
                    v.add(kwargs.valueAt(i));
                }
            }
            av = v.toArray(new PyObject[0]);
            names = n.toArray(new String[0]);
        }
        PyObject[] callArgs = av;
        String[] kwnames = names;
        is.gil.enable();
        RUNNING.incrementAndGet();
        Thread t = new Thread(null, () -> is.gil.runThread(() -> {
            try {
                Abstract.call(fn, callArgs, kwnames);
            } catch (PyException e) {
                if (!Exc.matches(e, Exc.SystemExit)) {
                    // _PyErr_WriteUnraisableMsg("in thread started by", func)
                    is.stderr.write("Exception ignored in thread started by: " + safeRepr(fn) + "\n");
                    is.printException(e);
                }
            } catch (RuntimeException | StackOverflowError e) {
                is.stderr.write("Exception ignored in thread started by: " + safeRepr(fn) + "\n"
                        + "SystemError: pyj internal error in a thread: " + e + "\n");
            } finally {
                for (Lock l : SENTINELS.get()) {
                    if (l.locked()) {
                        l.sem.release();
                    }
                }
                SENTINELS.remove();
                RUNNING.decrementAndGet();
            }
        }), "pyj-thread", 256L << 20);
        t.setDaemon(true);
        long id = t.threadId();
        t.start();
        return id;
    }

    private static String safeRepr(PyObject o) {
        try {
            return Abstract.repr(o).value();
        } catch (PyException e) {
            return "<object repr() failed>";
        }
    }
}
