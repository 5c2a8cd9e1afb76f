package pyj.interp;

import pyj.objects.Methods;
import pyj.objects.PyInt;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyType;

/** A traceback entry: the frame and the instruction that was executing when the exception passed. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", null);

    static {
        Methods.getter(TYPE, "tb_frame", o -> ((PyTraceback) o).frame);
        Methods.getter(TYPE, "tb_lineno", o -> PyInt.of(((PyTraceback) o).lineno()));
        Methods.getter(TYPE, "tb_lasti", o -> PyInt.of(((PyTraceback) o).lasti * 2L));
        Methods.getter(TYPE, "tb_next", o -> ((PyTraceback) o).next == null ? PySingleton.NONE : ((PyTraceback) o).next);
    }

    final Frame frame;
    /** Code unit of the instruction. */
    final int lasti;
    final PyTraceback next;

    PyTraceback(Frame frame, int lasti, PyTraceback next) {
        this.frame = frame;
        this.lasti = lasti;
        this.next = next;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int lineno() {
        return frame.code.addr2line(lasti * 2);
    }
}
