package pyj.parse;

/**
 * A SyntaxError (or one of its subclasses IndentationError and TabError) found while reading
 * source. The fields are exactly the attributes CPython's SyntaxError carries: {@code offset}
 * and {@code endOffset} are 1-based <em>character</em> offsets into {@code text} (CPython turns
 * the parser's byte offsets into character offsets before raising). CPython's values are kept
 * as they are, 0 and -1 included (they occur, e.g. end_offset -1 for IndentationError);
 * {@link #NONE} stands for Python's None.
 * It is created without a Java stack trace: it is a Python exception travelling through Java.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class. */
    public enum Kind {
        SyntaxError, IndentationError, TabError
    }

    /** A position attribute that is None in CPython. */
    public static final int NONE = Integer.MIN_VALUE;

    public final Kind kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    /** The source line, or null when CPython has none (e.g. encoding errors). */
    public final String text;
    public final int endLineno;
    public final int endOffset;

    public PySyntaxError(Kind kind, String msg, String filename, int lineno, int offset, String text,
            int endLineno, int endOffset) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    /** {@code SyntaxError: msg} — the exception line of a traceback. */
    public String header() {
        return kind + ": " + msg;
    }

    /** The 1-based character offset of a 0-based UTF-8 byte column within {@code line}. */
    public static int charOffset(String line, int byteCol) {
        if (line == null) {
            return byteCol + 1;
        }
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        // Past the end of the line (e.g. at EOF): count the rest as single bytes.
        int chars = line.codePointCount(0, i);
        return chars + Math.max(0, byteCol - bytes) + 1;
    }
}
