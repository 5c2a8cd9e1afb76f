package pyj.objects;

/**
 * A Python exception object (BaseException and every subclass, builtin or Python-defined): args,
 * {@code __traceback__}, {@code __context__}, {@code __cause__}, {@code __suppress_context__} and a
 * __dict__ for whatever else a program stores on it.
 */
public final class PyBaseException extends PyDictObject {
    private PyType type;
    public PyTuple args = PyTuple.EMPTY;
    /** A {@code PyTraceback} or null (None). */
    public PyObject traceback;
    public PyBaseException context;
    public PyBaseException cause;
    public boolean suppressContext;
    /** StopIteration.value / SystemExit.code as set by __init__ or assignment; null: derived from args. */
    public PyObject value;
    /** BaseExceptionGroup's message and exceptions (null for other exceptions). */
    public PyStr egMessage;
    public PyTuple egExceptions;

    public PyBaseException(PyType type) {
        this.type = type;
    }

    public PyBaseException(PyType type, PyObject... args) {
        this.type = type;
        this.args = new PyTuple(args);
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType t) {
        type = t;
    }

    /** StopIteration.value (args[0] or None) and SystemExit.code (None, args[0] or args), unless set. */
    public PyObject stopValue() {
        if (value != null) {
            return value;
        }
        return switch (args.size()) {
            case 0 -> PySingleton.NONE;
            case 1 -> args.get(0);
            default -> type.isSubtypeOf(Exc.SystemExit) ? args : args.get(0);
        };
    }

    /** str(exc) that cannot fail (for Java-side messages). */
    public String safeStr() {
        try {
            return Abstract.str(this).value();
        } catch (PyException e) {
            return "<exception str() failed>";
        }
    }

    /** BaseException.__str__ (KeyError's shows the repr of a single argument). */
    public PyStr strImpl() {
        if (args.size() == 5 && args.get(2) instanceof PyInt st && args.get(3) instanceof PyInt en
                && (type.isSubtypeOf(Exc.UnicodeEncodeError) || type.isSubtypeOf(Exc.UnicodeDecodeError))) {
            return PyStr.of(Codecs.errorText(type.isSubtypeOf(Exc.UnicodeEncodeError), args.get(0), args.get(1),
                    st.longValue(), en.longValue(), args.get(4)));
        }
        return switch (args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> type.isSubtypeOf(Exc.KeyError) ? Abstract.repr(args.get(0)) : Abstract.str(args.get(0));
            default -> Abstract.str(args);
        };
    }

    /** BaseException.__repr__: {@code Name(args...)}. */
    public PyStr reprImpl() {
        String a = args.size() == 1 ? "(" + Abstract.repr(args.get(0)).value() + ")" : Abstract.repr(args).value();
        return new PyStr(type.name() + a);
    }

    /** Sets __context__ avoiding cycles, as _PyErr_SetObject does when an exception is raised while another is handled. */
    public void chainContext(PyBaseException handled) {
        if (handled == null || handled == this) {
            return;
        }
        PyBaseException o = handled;
        while (o.context != null) {
            if (o.context == this) {
                o.context = null;
                break;
            }
            o = o.context;
        }
        context = handled;
    }
}
