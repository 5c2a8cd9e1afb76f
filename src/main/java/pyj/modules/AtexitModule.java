package pyj.modules;

import java.util.ArrayList;
import java.util.List;
import pyj.interp.InterpreterState;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.PyException;
import pyj.objects.PyInt;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;

/**
 * atexit (Modules/atexitmodule.c): functions run last-registered-first when the main program ends
 * (InterpreterState.atExit). An exception in one is reported on stderr and the others still run.
 */
final class AtexitModule {
    private AtexitModule() {}

    private record Callback(PyObject fn, PyObject[] args, String[] kwnames) {}

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("atexit");
        List<Callback> callbacks = new ArrayList<>();
        // CPython's _ncallbacks counts registrations (unregister only blanks slots) until cleared.
        int[] registered = {0};
        Runnable runAll = () -> {
            for (int i = callbacks.size() - 1; i >= 0; i--) {
                Callback c = callbacks.get(i);
                try {
                    Abstract.call(c.fn(), c.args(), c.kwnames());
                } catch (PyException e) {
                    interp.stderr.write("Exception ignored in atexit callback: " + Abstract.repr(c.fn()).value() + "\n");
                    interp.printException(e);
                }
            }
            callbacks.clear();
            registered[0] = 0;
        };
        interp.atExit.add(0, runAll);
        ModuleDefs.def(m, "register", (a, kw) -> {
            int nk = kw == null ? 0 : kw.length;
            if (a.length - nk < 1) {
                throw Exc.typeError("register() takes at least 1 argument (0 given)");
            }
            if (!Abstract.isCallable(a[0])) {
                throw Exc.typeError("the first argument must be callable");
            }
            callbacks.add(new Callback(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
            registered[0]++;
            return a[0];
        });
        ModuleDefs.def(m, "unregister", (a, kw) -> {
            Args.checkPositional("unregister", a, kw, 1, 1);
            callbacks.removeIf(c -> Abstract.eq(c.fn(), a[0]));
            return PySingleton.NONE;
        });
        ModuleDefs.def(m, "_clear", (a, kw) -> {
            Args.checkPositional("_clear", a, kw, 0, 0);
            callbacks.clear();
            registered[0] = 0;
            return PySingleton.NONE;
        });
        ModuleDefs.def(m, "_run_exitfuncs", (a, kw) -> {
            Args.checkPositional("_run_exitfuncs", a, kw, 0, 0);
            runAll.run();
            return PySingleton.NONE;
        });
        ModuleDefs.def(m, "_ncallbacks", (a, kw) -> {
            Args.checkPositional("_ncallbacks", a, kw, 0, 0);
            return PyInt.of(registered[0]);
        });
        m.dict.putStr("__doc__", PyStr.of("allow programmer to define multiple exit functions to be executed\n"
                + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
        return m;
    }
}
