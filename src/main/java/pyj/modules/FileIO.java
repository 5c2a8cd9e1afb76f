package pyj.modules;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.WeakHashMap;
import pyj.interp.InterpreterState;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.Methods;
import pyj.objects.PyBaseException;
import pyj.objects.PyBool;
import pyj.objects.PyBuiltinFunction;
import pyj.objects.PyDict;
import pyj.objects.PyException;
import pyj.objects.PyInt;
import pyj.objects.PyIterator;
import pyj.objects.PyList;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * open() for text files, input(), and OSError's errno/strerror/filename. A text file is a
 * minimal _io.TextIOWrapper: UTF-8 (or another Java-known codec) with CPython's newline
 * handling; binary and update ('+') modes wait for the bytes type.
 */
final class FileIO {
    private FileIO() {}

    private static final PySingleton NONE = PySingleton.NONE;
    private static final Map<InterpreterState, BufferedReader> STDIN = new WeakHashMap<>();

    /** io.UnsupportedOperation (the io module will export it). */
    static final PyType UNSUPPORTED = unsupportedType();

    private static PyType unsupportedType() {
        Map<String, PyObject> ns = new java.util.HashMap<>();
        ns.put("__module__", PyStr.of("io"));
        return PyType.create(PyType.TYPE, "UnsupportedOperation", new PyType[] {Exc.OSError, Exc.ValueError}, ns);
    }

    /** errno to OSError subclass, as CPython's errnomap (Linux errno values). */
    private static PyType subclassFor(PyObject errno) {
        if (!(errno instanceof PyInt i)) {
            return null;
        }
        return switch ((int) i.longValue()) {
            case 1, 13 -> Exc.PermissionError;
            case 2 -> Exc.FileNotFoundError;
            case 17 -> Exc.FileExistsError;
            case 20 -> Exc.NotADirectoryError;
            case 21 -> Exc.IsADirectoryError;
            case 11, 114, 115 -> Exc.BlockingIOError;
            case 10 -> Exc.ChildProcessError;
            case 32, 108 -> Exc.BrokenPipeError;
            case 103 -> Exc.ConnectionAbortedError;
            case 111 -> Exc.ConnectionRefusedError;
            case 104 -> Exc.ConnectionResetError;
            case 4 -> Exc.InterruptedError;
            case 3 -> Exc.ProcessLookupError;
            case 110 -> Exc.TimeoutError;
            default -> null;
        };
    }

    static void install(PyDict d, InterpreterState interp) {
        installOSError();
        d.putStr("open", new PyBuiltinFunction("open", (a, k) -> {
            Args args = new Args("open", a, k, new String[] {"file", "mode", "buffering", "encoding", "errors", "newline",
                "closefd", "opener"}, 1, 8);
            return open(interp, args);
        }));
        d.putStr("input", new PyBuiltinFunction("input", (a, k) -> {
            Args.checkPositional("input", a, k, 0, 1);
            PyObject out = interp.sys.dict.getStr("stdout");
            if (a.length == 1) {
                Abstract.callMethod(out, "write", Abstract.str(a[0]));
            }
            Abstract.callMethod(out, "flush");
            BufferedReader r;
            synchronized (STDIN) {
                r = STDIN.computeIfAbsent(interp,
                        i -> new BufferedReader(new InputStreamReader(i.stdin, StandardCharsets.UTF_8)));
            }
            String line;
            try {
                line = r.readLine();
            } catch (IOException e) {
                throw Exc.of(Exc.OSError, String.valueOf(e.getMessage()));
            }
            if (line == null) {
                throw Exc.of(Exc.EOFError, "EOF when reading a line");
            }
            return PyStr.of(line);
        }));
    }

    // ---- OSError ----

    /** OSError(errno, strerror[, filename[, winerror[, filename2]]]) attributes and str, as CPython's oserror_init. */
    private static void installOSError() {
        PyType t = Exc.OSError;
        if (t.dict().containsKey("errno")) {
            return;
        }
        Methods.staticNew(t, (cls, a, k) -> {
            int np = a.length - (k == null ? 0 : k.length);
            PyType c = cls;
            if (cls == Exc.OSError && np >= 2 && np <= 5) {
                PyType sub = subclassFor(a[0]);
                if (sub != null) {
                    c = sub;
                }
            }
            PyObject e = c.allocate();
            if (e instanceof PyBaseException be) {
                be.args = new PyTuple(java.util.Arrays.copyOf(a, np));
            }
            return e;
        });
        Methods.defKw(t, "__init__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Exc.typeError(a[0].type().name() + "() takes no keyword arguments");
            }
            PyBaseException e = (PyBaseException) a[0];
            int n = a.length - 1;
            PyObject[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
            if (n >= 2 && n <= 5) {
                e.setInstanceAttr("errno", args[0]);
                e.setInstanceAttr("strerror", args[1]);
                if (n >= 3 && args[2] != NONE) {
                    e.setInstanceAttr("filename", args[2]);
                    if (n == 5) {
                        e.setInstanceAttr("filename2", args[4]);
                    }
                    args = new PyObject[] {args[0], args[1]};
                }
            }
            e.args = new PyTuple(args);
            return NONE;
        });
        for (String attr : new String[] {"errno", "strerror", "filename", "filename2"}) {
            Methods.getset(t, attr, x -> {
                PyObject v = ((PyBaseException) x).instanceDict().getStr(attr);
                return v == null ? NONE : v;
            }, (x, v) -> ((PyBaseException) x).setInstanceAttr(attr, v));
        }
        Methods.def(t, "__str__", 0, 0, a -> {
            PyBaseException e = (PyBaseException) a[0];
            PyObject errno = attr(e, "errno");
            PyObject strerror = attr(e, "strerror");
            PyObject filename = attr(e, "filename");
            PyObject filename2 = attr(e, "filename2");
            if (filename != NONE) {
                String s = "[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value() + ": "
                        + Abstract.repr(filename).value();
                if (filename2 != NONE) {
                    s += " -> " + Abstract.repr(filename2).value();
                }
                return PyStr.of(s);
            }
            if (errno != NONE && strerror != NONE) {
                return PyStr.of("[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value());
            }
            return e.strImpl();
        });
    }

    private static PyObject attr(PyBaseException e, String name) {
        PyObject v = e.instanceDict().getStr(name);
        return v == null ? NONE : v;
    }

    /** An OSError subclass with errno, strerror and filename, as PyErr_SetFromErrnoWithFilenameObject. */
    static PyException osError(PyType t, int errno, String strerror, PyObject filename) {
        PyBaseException e = new PyBaseException(t, PyInt.of(errno), PyStr.of(strerror));
        e.setInstanceAttr("errno", PyInt.of(errno));
        e.setInstanceAttr("strerror", PyStr.of(strerror));
        e.setInstanceAttr("filename", filename);
        return new PyException(e);
    }

    private static PyException fromJava(IOException ex, PyObject filename, Path p) {
        if (ex instanceof NoSuchFileException) {
            return osError(Exc.FileNotFoundError, 2, "No such file or directory", filename);
        }
        if (ex instanceof FileAlreadyExistsException) {
            return osError(Exc.FileExistsError, 17, "File exists", filename);
        }
        if (ex instanceof AccessDeniedException) {
            if (p != null && Files.isDirectory(p)) {
                return osError(Exc.IsADirectoryError, 21, "Is a directory", filename);
            }
            return osError(Exc.PermissionError, 13, "Permission denied", filename);
        }
        if (ex instanceof NotDirectoryException) {
            return osError(Exc.NotADirectoryError, 20, "Not a directory", filename);
        }
        if (p != null && Files.isDirectory(p)) {
            return osError(Exc.IsADirectoryError, 21, "Is a directory", filename);
        }
        return Exc.of(Exc.OSError, String.valueOf(ex.getMessage()));
    }

    // ---- open() ----

    private static PyObject open(InterpreterState interp, Args args) {
        PyObject file = args.get(0, NONE);
        PyObject modeObj = args.get(1, PyStr.of("r"));
        if (!(modeObj instanceof PyStr ms)) {
            throw Exc.typeError("open() argument 'mode' must be str, not " + modeObj.type().name());
        }
        String mode = ms.value();
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwa+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Exc.valueError("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw Exc.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw Exc.valueError("must have exactly one of create/read/write/append mode");
        }
        if (!(creating || reading || writing || appending)) {
            throw Exc.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        PyObject encoding = args.get(3, NONE);
        PyObject errors = args.get(4, NONE);
        PyObject newline = args.get(5, NONE);
        if (binary && encoding != NONE) {
            throw Exc.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != NONE) {
            throw Exc.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != NONE) {
            throw Exc.valueError("binary mode doesn't take a newline argument");
        }
        if (newline != NONE) {
            if (!(newline instanceof PyStr ns)) {
                throw Exc.typeError("open() argument 'newline' must be str or None, not " + newline.type().name());
            }
            String n = ns.value();
            if (!(n.isEmpty() || n.equals("\n") || n.equals("\r") || n.equals("\r\n"))) {
                throw Exc.valueError("illegal newline value: " + n);
            }
        }
        if (binary) {
            throw Exc.notImplemented("pyj: open() in binary mode needs the bytes type, which is not implemented yet");
        }
        if (updating) {
            throw Exc.notImplemented("pyj: open() in update mode ('+') is not implemented yet");
        }
        if (file instanceof PyInt) {
            throw Exc.notImplemented("pyj: open() of a file descriptor is not implemented yet");
        }
        String path;
        if (file instanceof PyStr fs) {
            path = fs.value();
        } else if (file.type().lookup("__fspath__") != null && Abstract.callMethod(file, "__fspath__") instanceof PyStr fs) {
            path = fs.value();
        } else {
            throw Exc.typeError("expected str, bytes or os.PathLike object, not " + file.type().name());
        }
        Charset cs = charset(encoding);
        String errs = errors == NONE ? "strict" : Abstract.str(errors).value();
        CodingErrorAction action = switch (errs) {
            case "strict" -> CodingErrorAction.REPORT;
            case "replace" -> CodingErrorAction.REPLACE;
            case "ignore" -> CodingErrorAction.IGNORE;
            default -> throw Exc.notImplemented("pyj: open() with errors='" + errs + "' is not implemented yet");
        };
        String nl = newline == NONE ? null : ((PyStr) newline).value();
        Path p = Path.of(path);
        try {
            if (reading) {
                if (Files.isDirectory(p)) {
                    throw osError(Exc.IsADirectoryError, 21, "Is a directory", file);
                }
                CharsetDecoder dec = cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
                Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(p), dec));
                return new TextFile(interp, file, mode, cs, errs, nl, new PushbackReader(r, 2), null);
            }
            OpenOption[] opts = creating ? new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE}
                    : appending ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND}
                    : new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE};
            if (Files.isDirectory(p)) {
                throw osError(Exc.IsADirectoryError, 21, "Is a directory", file);
            }
            CharsetEncoder enc = cs.newEncoder().onMalformedInput(action).onUnmappableCharacter(action);
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p, opts), enc));
            return new TextFile(interp, file, mode, cs, errs, nl, null, w);
        } catch (IOException ex) {
            throw fromJava(ex, file, p);
        }
    }

    private static Charset charset(PyObject encoding) {
        if (encoding == NONE) {
            return StandardCharsets.UTF_8;
        }
        if (!(encoding instanceof PyStr es)) {
            throw Exc.typeError("open() argument 'encoding' must be str or None, not " + encoding.type().name());
        }
        String n = es.value().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8", "utf8", "u8" -> {
                return StandardCharsets.UTF_8;
            }
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> {
                return StandardCharsets.ISO_8859_1;
            }
            case "ascii", "us-ascii" -> {
                return StandardCharsets.US_ASCII;
            }
            case "utf-16" -> {
                return StandardCharsets.UTF_16;
            }
            default -> {
                try {
                    return Charset.forName(n);
                } catch (IllegalArgumentException e) {
                    throw Exc.of(Exc.LookupError, "unknown encoding: " + es.value());
                }
            }
        }
    }

    /** A text file (_io.TextIOWrapper): iterating gives lines, null at end of file. */
    static final class TextFile extends PyIterator {
        static final PyType TYPE = PyIterator.newType("TextIOWrapper");

        static {
            TYPE.dict().put("__module__", PyStr.of("_io"));
            Methods.def(TYPE, "read", 0, 1, a -> {
                TextFile f = self(a, true);
                long n = a.length > 1 && a[1] != NONE ? Abstract.index(a[1]).longValue() : -1;
                return PyStr.of(f.read(n));
            });
            Methods.def(TYPE, "readline", 0, 1, a -> {
                TextFile f = self(a, true);
                long n = a.length > 1 && a[1] != NONE ? Abstract.index(a[1]).longValue() : -1;
                return PyStr.of(f.readLine(n));
            });
            Methods.def(TYPE, "readlines", 0, 1, a -> {
                TextFile f = self(a, true);
                PyList l = new PyList();
                for (String s; !(s = f.readLine(-1)).isEmpty(); ) {
                    l.append(PyStr.of(s));
                }
                return l;
            });
            Methods.def(TYPE, "write", 1, 1, a -> {
                TextFile f = self(a, false);
                if (!(a[1] instanceof PyStr s)) {
                    throw Exc.typeError("write() argument must be str, not " + a[1].type().name());
                }
                f.write(s.value());
                return PyInt.of(s.length());
            });
            Methods.def(TYPE, "writelines", 1, 1, a -> {
                TextFile f = self(a, false);
                PyObject it = Abstract.iter(a[1]);
                for (PyObject x; (x = Abstract.next(it)) != null; ) {
                    if (!(x instanceof PyStr s)) {
                        throw Exc.typeError("write() argument must be str, not " + x.type().name());
                    }
                    f.write(s.value());
                }
                return NONE;
            });
            Methods.def(TYPE, "flush", 0, 0, a -> {
                ((TextFile) a[0]).flush();
                return NONE;
            });
            Methods.def(TYPE, "close", 0, 0, a -> {
                ((TextFile) a[0]).close();
                return NONE;
            });
            Methods.def(TYPE, "readable", 0, 0, a -> PyBool.of(self(a, null).reader != null));
            Methods.def(TYPE, "writable", 0, 0, a -> PyBool.of(self(a, null).writer != null));
            Methods.def(TYPE, "seekable", 0, 0, a -> {
                self(a, null);
                return PyBool.FALSE;
            });
            Methods.def(TYPE, "fileno", 0, 0, a -> {
                throw Exc.notImplemented("pyj: file descriptors are not implemented yet");
            });
            Methods.def(TYPE, "seek", 1, 2, a -> {
                throw Exc.notImplemented("pyj: seek() on text files is not implemented yet");
            });
            Methods.def(TYPE, "tell", 0, 0, a -> {
                throw Exc.notImplemented("pyj: tell() on text files is not implemented yet");
            });
            Methods.def(TYPE, "__enter__", 0, 0, a -> self(a, null));
            Methods.def(TYPE, "__exit__", 0, 3, a -> {
                ((TextFile) a[0]).close();
                return NONE;
            });
            Methods.def(TYPE, "__repr__", 0, 0, a -> {
                TextFile f = (TextFile) a[0];
                return PyStr.of("<_io.TextIOWrapper name=" + Abstract.repr(f.name).value() + " mode="
                        + Abstract.repr(PyStr.of(f.mode)).value() + " encoding="
                        + Abstract.repr(PyStr.of(f.encodingName())).value() + ">");
            });
            Methods.getter(TYPE, "closed", x -> PyBool.of(((TextFile) x).closed));
            Methods.getter(TYPE, "name", x -> ((TextFile) x).name);
            Methods.getter(TYPE, "mode", x -> PyStr.of(((TextFile) x).mode));
            Methods.getter(TYPE, "encoding", x -> PyStr.of(((TextFile) x).encodingName()));
            Methods.getter(TYPE, "errors", x -> PyStr.of(((TextFile) x).errors));
            Methods.getter(TYPE, "newlines", x -> NONE);
        }

        final PyObject name;
        final String mode;
        final Charset charset;
        final String errors;
        /** The newline argument: null (universal newlines), "", "\n", "\r" or "\r\n". */
        final String newline;
        final PushbackReader reader;
        final Writer writer;
        boolean closed;

        TextFile(InterpreterState interp, PyObject name, String mode, Charset charset, String errors, String newline,
                PushbackReader reader, Writer writer) {
            super(TYPE);
            this.name = name;
            this.mode = mode;
            this.charset = charset;
            this.errors = errors;
            this.newline = newline;
            this.reader = reader;
            this.writer = writer;
            if (writer != null) {
                // CPython flushes a file when it is finalized; pyj flushes the unclosed ones at exit.
                interp.atExit.add(this::flushQuietly);
            }
        }

        String encodingName() {
            return charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** self, checked open and readable (true) / writable (false) / just open (null). */
        static TextFile self(PyObject[] a, Boolean read) {
            TextFile f = (TextFile) a[0];
            if (f.closed) {
                throw Exc.valueError("I/O operation on closed file.");
            }
            if (read != null && read && f.reader == null) {
                throw unsupported("not readable");
            }
            if (read != null && !read && f.writer == null) {
                throw unsupported("not writable");
            }
            return f;
        }

        private static PyException unsupported(String msg) {
            return new PyException(new PyBaseException(UNSUPPORTED, PyStr.of(msg)));
        }

        @Override
        public PyObject next() {
            if (closed) {
                throw Exc.valueError("I/O operation on closed file.");
            }
            if (reader == null) {
                throw unsupported("not readable");
            }
            String line = readLine(-1);
            return line.isEmpty() ? null : PyStr.of(line);
        }

        /** One character with newline translation, or -1 at end of file. */
        private int readChar() {
            try {
                int c = reader.read();
                if (c == '\r' && newline == null) {
                    int d = reader.read();
                    if (d != '\n' && d >= 0) {
                        reader.unread(d);
                    }
                    return '\n';
                }
                return c;
            } catch (java.nio.charset.CharacterCodingException | java.io.UncheckedIOException e) {
                throw Exc.of(Exc.UnicodeError, "'" + charset.name().toLowerCase(java.util.Locale.ROOT)
                        + "' codec can't decode the file: " + e.getMessage());
            } catch (IOException e) {
                if (e instanceof java.nio.charset.MalformedInputException) {
                    throw Exc.of(Exc.UnicodeError, "codec can't decode the file");
                }
                throw Exc.of(Exc.OSError, String.valueOf(e.getMessage()));
            }
        }

        String read(long n) {
            StringBuilder sb = new StringBuilder();
            while (n < 0 || sb.length() < n) {
                int c = readChar();
                if (c < 0) {
                    break;
                }
                sb.append((char) c);
            }
            return sb.toString();
        }

        String readLine(long limit) {
            StringBuilder sb = new StringBuilder();
            while (limit < 0 || sb.length() < limit) {
                int c = readChar();
                if (c < 0) {
                    break;
                }
                sb.append((char) c);
                if (newline == null || newline.equals("\n")) {
                    if (c == '\n') {
                        break;
                    }
                } else if (newline.isEmpty()) {
                    if (c == '\n') {
                        break;
                    }
                    if (c == '\r') {
                        int d = readChar();
                        if (d == '\n') {
                            sb.append('\n');
                        } else if (d >= 0) {
                            unread(d);
                        }
                        break;
                    }
                } else if (sb.length() >= newline.length()
                        && sb.substring(sb.length() - newline.length()).equals(newline)) {
                    break;
                }
            }
            return sb.toString();
        }

        private void unread(int c) {
            try {
                reader.unread(c);
            } catch (IOException e) {
                throw Exc.of(Exc.OSError, String.valueOf(e.getMessage()));
            }
        }

        void write(String s) {
            if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
                s = s.replace("\n", newline);
            }
            try {
                writer.write(s);
            } catch (IOException e) {
                throw Exc.of(Exc.OSError, String.valueOf(e.getMessage()));
            }
        }

        void flush() {
            if (closed) {
                throw Exc.valueError("I/O operation on closed file.");
            }
            if (writer != null) {
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw Exc.of(Exc.OSError, String.valueOf(e.getMessage()));
                }
            }
        }

        private void flushQuietly() {
            if (!closed) {
                try {
                    writer.flush();
                } catch (IOException e) {
                    // at exit, as CPython's finalizer, errors are not reported
                }
            }
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (writer != null) {
                    writer.close();
                } else {
                    reader.close();
                }
            } catch (IOException e) {
                throw Exc.of(Exc.OSError, String.valueOf(e.getMessage()));
            }
        }
    }
}
