package pyj.interp;

import pyj.code.PyCode;
import pyj.objects.PyDict;
import pyj.objects.PyFunction;
import pyj.objects.PyObject;
import pyj.objects.PyType;

/**
 * An activation of a code object. {@code localsplus} holds the fast locals, cells and free
 * variables, then the value stack (CPython 3.11's _PyInterpreterFrame layout). The eval loop
 * keeps the stack pointer and instruction pointer in Java locals and writes them back here
 * whenever anything outside the loop may look (a call, a yield, an exception).
 */
public final class Frame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", null);

    static {
        pyj.objects.Methods.getter(TYPE, "f_code", o -> ((Frame) o).exec.codeObj);
        pyj.objects.Methods.getter(TYPE, "f_lineno", o -> pyj.objects.PyInt.of(((Frame) o).lineno()));
        pyj.objects.Methods.getter(TYPE, "f_lasti", o -> pyj.objects.PyInt.of(Math.max(((Frame) o).lasti, 0) * 2L));
        pyj.objects.Methods.getter(TYPE, "f_globals", o -> ((Frame) o).globals);
        pyj.objects.Methods.getter(TYPE, "f_builtins", o -> ((Frame) o).builtins);
        pyj.objects.Methods.getter(TYPE, "f_locals", o -> ((Frame) o).localsMapping());
        pyj.objects.Methods.getter(TYPE, "f_back", o -> {
            Frame b = ((Frame) o).previous;
            return b == null ? pyj.objects.PySingleton.NONE : b;
        });
    }

    final PyCode code;
    final Exec exec;
    final PyObject[] localsplus;
    /** Index in localsplus of the first stack slot. */
    final int stackBase;
    /** Next free stack slot (absolute index into localsplus). */
    int sp;
    /** Next instruction (code unit index). */
    int ip;
    /** The instruction executing now or last (code unit index); -1 before the first. */
    int lasti = -1;
    /** Set by RERAISE with an argument: the lasti a handler is to be given (see Eval.unwind). */
    int reraiseLasti = -1;
    Frame previous;
    final PyFunction func;
    final PyDict globals;
    final PyDict builtins;
    /** The locals mapping of module and class bodies; null for optimized (function) frames. */
    PyObject locals;
    /** The generator owning this frame, or null. */
    PyGenerator gen;
    /** Does the eval loop return when this frame returns (a Java caller is waiting)? */
    boolean entry;
    /** Set by YIELD_VALUE, cleared on resume: distinguishes a yield from a return. */
    boolean yielded;
    /** Set once the frame has returned or raised out. */
    boolean finished;

    Frame(Exec exec, PyFunction func, PyDict globals, PyDict builtins, PyObject locals) {
        this.code = exec.code;
        this.exec = exec;
        this.stackBase = exec.nlocalsplus;
        this.localsplus = new PyObject[exec.nlocalsplus + code.stacksize() + 1];
        this.sp = stackBase;
        this.func = func;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyCode code() {
        return code;
    }

    /** The line being executed (f_lineno). */
    public int lineno() {
        return code.addr2line(Math.max(lasti, 0) * 2);
    }

    public PyDict globalsDict() {
        return globals;
    }

    /** A function frame's locals() dict: one per frame, refreshed on each call (PyFrame_FastToLocals). */
    private PyDict fastLocals;

    /**
     * locals(): the mapping of a module or class body; for a function, its variables copied into
     * the frame's one dict, so names exec() added to it stay, as in CPython.
     */
    public PyObject localsMapping() {
        if (locals != null) {
            return locals;
        }
        if (fastLocals == null) {
            fastLocals = new PyDict();
        }
        PyDict d = fastLocals;
        java.util.List<String> names = code.localsPlusNames();
        for (int i = 0; i < names.size(); i++) {
            PyObject v = localsplus[i];
            if (v instanceof pyj.objects.PyCell c && (code.localsPlusKind(i) & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0) {
                v = c.contents;
            }
            if (v != null) {
                d.putStr(names.get(i), v);
            } else {
                d.delStr(names.get(i));
            }
        }
        return d;
    }

    /** The value in localsplus slot i (a cell for cell and free variables). */
    public PyObject localValue(int i) {
        return localsplus[i];
    }

    public Frame back() {
        return previous;
    }
}
