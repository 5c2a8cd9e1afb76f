package pyj.interp;

import pyj.objects.Exc;
import pyj.objects.PyBaseException;
import pyj.objects.PyException;
import pyj.objects.PyInt;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;
import pyj.parse.PySyntaxError;
import pyj.parse.SourceDecoder;

/** The parser's and compiler's {@link PySyntaxError} as the Python SyntaxError CPython raises. */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    /**
     * Errors found after parsing (symbol table, compiler) carry no source text; when CPython
     * compiles a file it fills the text in from the file's line, and so does pyj.
     */
    public static PySyntaxError withSourceLine(PySyntaxError e, byte[] source) {
        if (e.text != null || e.lineno < 1) {
            return e;
        }
        String text;
        try {
            text = SourceDecoder.decodeScript(source, e.filename).text();
        } catch (PySyntaxError bad) {
            return e;
        }
        String[] lines = text.split("\n", -1);
        if (e.lineno > lines.length) {
            return e;
        }
        return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, lines[e.lineno - 1] + "\n",
                e.endLineno, e.endOffset);
    }

    /** SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) with its attributes set. */
    public static PyException toPython(PySyntaxError e) {
        PyType t = switch (e.kind) {
            case SyntaxError -> Exc.SyntaxError;
            case IndentationError -> Exc.IndentationError;
            case TabError -> Exc.TabError;
        };
        PyObject filename = e.filename == null ? PySingleton.NONE : PyStr.of(e.filename);
        PyObject text = e.text == null ? PySingleton.NONE : PyStr.of(e.text);
        PyTuple details = new PyTuple(filename, num(e.lineno), num(e.offset), text, num(e.endLineno), num(e.endOffset));
        PyBaseException exc = new PyBaseException(t, PyStr.of(e.msg), details);
        exc.setInstanceAttr("msg", PyStr.of(e.msg));
        exc.setInstanceAttr("filename", filename);
        exc.setInstanceAttr("lineno", num(e.lineno));
        exc.setInstanceAttr("offset", num(e.offset));
        exc.setInstanceAttr("text", text);
        exc.setInstanceAttr("end_lineno", num(e.endLineno));
        exc.setInstanceAttr("end_offset", num(e.endOffset));
        exc.setInstanceAttr("print_file_and_line", PySingleton.NONE);
        return new PyException(exc);
    }

    private static PyObject num(int v) {
        return v == PySyntaxError.NONE ? PySingleton.NONE : PyInt.of(v);
    }

    /**
     * The attributes of a SyntaxError instance as a {@link PySyntaxError} for printing
     * (print_exception's parse_syntax_error), or null when they do not have the needed types.
     */
    public static PySyntaxError fromPython(PyBaseException exc) {
        PyObject msg = exc.instanceAttr("msg");
        PyObject filename = exc.instanceAttr("filename");
        PyObject lineno = exc.instanceAttr("lineno");
        PyObject offset = exc.instanceAttr("offset");
        PyObject text = exc.instanceAttr("text");
        PyObject endLineno = exc.instanceAttr("end_lineno");
        PyObject endOffset = exc.instanceAttr("end_offset");
        if (msg == null || !(lineno instanceof PyInt ln)) {
            return null;
        }
        String fn = filename instanceof PyStr fs ? fs.value() : "<string>";
        int off = offset instanceof PyInt oi ? (int) oi.longValue() : -1;
        int eln = endLineno instanceof PyInt ei ? (int) ei.longValue() : (int) ln.longValue();
        int eoff = endOffset instanceof PyInt eo ? (int) eo.longValue() : -1;
        PySyntaxError.Kind kind = exc.type().isSubtypeOf(Exc.TabError) ? PySyntaxError.Kind.TabError
                : exc.type().isSubtypeOf(Exc.IndentationError) ? PySyntaxError.Kind.IndentationError
                : PySyntaxError.Kind.SyntaxError;
        String m = msg instanceof PyStr ms ? ms.value() : pyj.objects.Abstract.str(msg).value();
        return new PySyntaxError(kind, m, fn, (int) ln.longValue(), off, text instanceof PyStr ts ? ts.value() : null,
                eln, eoff);
    }
}
