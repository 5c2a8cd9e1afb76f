package pyj.objects;

/** The builtin exception classes, and factories for raising them from Java. */
public final class Exc {
    private Exc() {}

    /** One allocator for every builtin exception: they all share PyBaseException's layout (declared first: the types below use it). */
    private static final java.util.function.Function<PyType, PyObject> ALLOCATOR = PyBaseException::new;
    public static final PyType BaseException = base();
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = make("SystemExit", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ImportError = make("ImportError", Exception);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError);
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception);
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    public static final PyType PermissionError = make("PermissionError", OSError);
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType StopIteration = make("StopIteration", Exception);
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    public static final PyType Warning = make("Warning", Exception);
    public static final PyType UserWarning = make("UserWarning", Warning);
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);
    public static final PyType EncodingWarning = make("EncodingWarning", Warning);
    public static final PyType BaseExceptionGroup = make("BaseExceptionGroup", BaseException);
    public static final PyType ExceptionGroup = group();

    /** Every builtin exception class, for the builtins module. */
    public static final PyType[] ALL = {BaseException, GeneratorExit, KeyboardInterrupt, SystemExit, Exception,
        ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
        BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
        NameError, UnboundLocalError, OSError, FileNotFoundError, FileExistsError, IsADirectoryError,
        NotADirectoryError, PermissionError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
        ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, InterruptedError, ProcessLookupError,
        TimeoutError, ReferenceError, RuntimeError, NotImplementedError,
        RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError,
        TypeError, ValueError, UnicodeError, UnicodeEncodeError, UnicodeDecodeError, Warning, UserWarning,
        DeprecationWarning, RuntimeWarning, SyntaxWarning, PendingDeprecationWarning, FutureWarning, ImportWarning,
        UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning, BaseExceptionGroup, ExceptionGroup};

    private static PyType base() {
        PyType t = PyType.builtin("BaseException", PyType.OBJECT);
        t.allocator = ALLOCATOR;
        t.hasInstanceDict = true;
        return t;
    }

    /** ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases. */
    private static PyType group() {
        PyType t = PyType.builtin("ExceptionGroup", BaseExceptionGroup, Exception);
        t.allocator = ALLOCATOR;
        t.hasInstanceDict = true;
        return t;
    }

    private static PyType make(String name, PyType base) {
        PyType t = PyType.builtin(name, base);
        t.allocator = ALLOCATOR;
        t.hasInstanceDict = true;
        return t;
    }

    /** A new exception of type {@code t} with one str argument, wrapped for throwing. */
    public static PyException of(PyType t, String msg) {
        return new PyException(new PyBaseException(t, new PyStr(msg)));
    }

    public static PyException lookupError(String msg) {
        return of(LookupError, msg);
    }

    public static PyException typeError(String msg) {
        return of(TypeError, msg);
    }

    public static PyException valueError(String msg) {
        return of(ValueError, msg);
    }

    public static PyException attributeError(String msg) {
        return of(AttributeError, msg);
    }

    public static PyException indexError(String msg) {
        return of(IndexError, msg);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(KeyError, key));
    }

    public static PyException nameError(String msg) {
        return of(NameError, msg);
    }

    public static PyException zeroDivision(String msg) {
        return of(ZeroDivisionError, msg);
    }

    public static PyException overflow(String msg) {
        return of(OverflowError, msg);
    }

    public static PyException runtimeError(String msg) {
        return of(RuntimeError, msg);
    }

    public static PyException systemError(String msg) {
        return of(SystemError, msg);
    }

    public static PyException notImplemented(String msg) {
        return of(NotImplementedError, msg);
    }

    public static PyException stopIteration(PyObject value) {
        return new PyException(value == null ? new PyBaseException(StopIteration)
                : new PyBaseException(StopIteration, value));
    }

    /** Is {@code e} an instance of {@code t}? */
    public static boolean matches(PyException e, PyType t) {
        return e.exc.type().isSubtypeOf(t);
    }
}
