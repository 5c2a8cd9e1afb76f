package pyj.modules;

import pyj.interp.InterpreterState;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.NativeFn;
import pyj.objects.PyBaseException;
import pyj.objects.PyBuiltinFunction;
import pyj.objects.PyException;
import pyj.objects.PyInt;
import pyj.objects.PyList;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;

/** The sys module; the constant tables (implementation, flags, float_info, ...) are in {@link SysInfo}. */
public final class Sys {
    private Sys() {}

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("sys");
        def(m, "exc_info", (a, k) -> {
            Args.checkPositional("exc_info", a, k, 0, 0);
            PyBaseException e = interp.handledException();
            if (e == null) {
                return new PyTuple(PySingleton.NONE, PySingleton.NONE, PySingleton.NONE);
            }
            return new PyTuple(e.type(), e, e.traceback == null ? PySingleton.NONE : e.traceback);
        });
        def(m, "exception", (a, k) -> {
            Args.checkPositional("exception", a, k, 0, 0);
            PyBaseException e = interp.handledException();
            return e == null ? PySingleton.NONE : e;
        });
        def(m, "getrecursionlimit", (a, k) -> PyInt.of(interp.recursionLimit()));
        // The int <-> decimal str digit limit of CPython 3.11.7 (0 means none).
        def(m, "get_int_max_str_digits", (a, k) -> {
            Args.checkPositional("get_int_max_str_digits", a, k, 0, 0);
            return PyInt.of(pyj.objects.Formatting.intMaxStrDigits);
        });
        def(m, "set_int_max_str_digits", (a, k) -> {
            Args args = new Args("set_int_max_str_digits", a, k, new String[] {"maxdigits"}, 1, 1);
            int n = Abstract.index(args.get(0, null)).intValue();
            if (n != 0 && n < 640) {
                throw Exc.valueError("maxdigits must be 0 or larger than 640");
            }
            pyj.objects.Formatting.intMaxStrDigits = n;
            return PySingleton.NONE;
        });
        def(m, "setrecursionlimit", (a, k) -> {
            Args.checkPositional("setrecursionlimit", a, k, 1, 1);
            int n = Abstract.index(a[0]).intValue();
            if (n < 1) {
                throw Exc.valueError("recursion limit must be greater or equal than 1");
            }
            interp.setRecursionLimit(n);
            return PySingleton.NONE;
        });
        def(m, "exit", (a, k) -> {
            Args.checkPositional("exit", a, k, 0, 1);
            // PyErr_SetObject(SystemExit, status): None means no args, a tuple is the args.
            PyObject status = a.length == 0 ? PySingleton.NONE : a[0];
            PyObject[] args = status == PySingleton.NONE ? new PyObject[0]
                    : status instanceof PyTuple t && t.type() == PyTuple.TYPE ? Abstract.toArray(t) : new PyObject[] {status};
            throw new PyException(new PyBaseException(Exc.SystemExit, args));
        });
        def(m, "displayhook", (a, k) -> {
            Args.checkPositional("displayhook", a, k, 1, 1);
            if (a[0] != PySingleton.NONE) {
                PyObject out = m.dict.getStr("stdout");
                Abstract.callMethod(out, "write", PyStr.of(Abstract.repr(a[0]).value() + "\n"));
                interp.builtins.dict.putStr("_", a[0]);
            }
            return PySingleton.NONE;
        });
        m.dict.putStr("stdout", interp.stdout);
        m.dict.putStr("stderr", interp.stderr);
        m.dict.putStr("__stdout__", interp.stdout);
        m.dict.putStr("__stderr__", interp.stderr);
        m.dict.putStr("argv", new PyList(new PyObject[] {PyStr.EMPTY}));
        m.dict.putStr("path", new PyList());
        m.dict.putStr("modules", interp.modules);
        m.dict.putStr("maxsize", PyInt.of(Long.MAX_VALUE));
        m.dict.putStr("platform", PyStr.of("linux"));
        m.dict.putStr("version_info", new PyTuple(PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"), PyInt.ZERO));
        SysInfo.install(m, interp);
        return m;
    }

    private static void def(PyModule m, String name, NativeFn fn) {
        m.dict.putStr(name, new PyBuiltinFunction(name, fn));
    }
}
