package pyj.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pyj.parse.ast.PyRepr;

/**
 * The lexer: source text to tokens, one per {@link #next()} call, exactly as CPython 3.11's C
 * tokenizer (Parser/tokenizer.c) produces them for the PEG parser — same token boundaries, same
 * positions, same errors at the same moment. See docs/internals/tokenizer.md.
 *
 * <p>The scan is modelled on the C one: a cursor {@code cur} over the text, which is made visible
 * to the scanner one line at a time ({@code inp} is the end of the lines read so far), because
 * several CPython error positions and texts depend on that line-at-a-time state.
 *
 * <p>Positions: lines 1-based, columns 0-based UTF-8 byte offsets. INDENT, DEDENT and ENDMARKER
 * carry column -1 (CPython's tokenizer gives them no start/end pointer); for errors reported at
 * such a token pegen uses the tokenizer's cursor instead: {@link #cursorColOffset()}.
 */
public final class Tokenizer {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    /** An open bracket: its character and where it is (line, 0-based byte column). */
    public record Bracket(char ch, int lineno, int colOffset) {
    }

    /** A warning the tokenizer would issue (category is the Python class name). */
    public record Warning(String category, String message, int lineno) {
    }

    private final String src;
    private final String filename;
    private final int lineShift;
    private final int firstColShift;
    private final boolean charOffsets;

    // The C tokenizer's state, as indices into src (-1 standing for NULL).
    private int cur;
    private int inp;
    private int lineStart;
    private int bufStart;
    private int tokStart = -1;
    private int lineno;
    private boolean lineAscii = true;
    private boolean done;
    private boolean atbol = true;
    private int pendin;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int indent;
    private int level;
    private final char[] parenstack = new char[MAXLEVEL];
    private final int[] parenLine = new int[MAXLEVEL];
    private final int[] parenCol = new int[MAXLEVEL];
    private int firstLineno;
    private int multiLineStart;
    private PySyntaxError failed;
    private boolean failedDirectly;
    private List<Warning> warnings;
    private int[] lineStarts;

    /** Tokenize already-decoded source ({@code compile(str)}, {@code -c}). */
    public Tokenizer(String text, String filename) {
        this(text, filename, 1, 0, true);
    }

    /** Tokenize a decoded source file (see {@link SourceDecoder#decodeSource}). */
    public Tokenizer(SourceDecoder.Decoded source, String filename) {
        this(source.text(), filename, 1, 0, source.encoding() != null);
    }

    /**
     * An f-string replacement field's sub-tokenizer, as CPython 3.11 builds it: lines are shifted
     * by {@code startLineno - 1}; tokens produced while on the first line get
     * {@code startColOffset} (bytes) added to both columns. As in CPython (the expression is
     * tokenized from a byte string without declared encoding), error offsets stay in bytes.
     */
    public Tokenizer(String text, String filename, int startLineno, int startColOffset) {
        this(text, filename, startLineno, startColOffset, false);
    }

    /**
     * General form. {@code errorOffsetsInChars}: whether CPython would convert error offsets to
     * character offsets (its {@code tok->encoding} is set), see {@link #errorOffsetsInChars()}.
     */
    public Tokenizer(String text, String filename, int startLineno, int startColOffset,
            boolean errorOffsetsInChars) {
        this(text, filename, startLineno, startColOffset, errorOffsetsInChars, false);
    }

    /**
     * A script run from a file ({@code python FILE}), which CPython tokenizes line by line from
     * the file rather than from a string: a null byte is reported only when its line is read
     * (and with another message), and at end of input the cursor column is 0.
     */
    public static Tokenizer forScript(SourceDecoder.Decoded source, String filename) {
        return new Tokenizer(source.text(), filename, 1, 0, source.encoding() != null, true);
    }

    private Tokenizer(String text, String filename, int startLineno, int startColOffset,
            boolean errorOffsetsInChars, boolean fileInput) {
        this.fileInput = fileInput;
        this.filename = filename;
        String translated = translateNewlines(text);
        int nul = translated.indexOf('\0');
        if (nul >= 0) {
            if (!fileInput) {
                throw SourceDecoder.nullBytes(filename);
            }
            nulLineStart = translated.lastIndexOf('\n', nul) + 1;
            nulLineText = translated.substring(nulLineStart, nul);
            translated = translated.substring(0, nulLineStart);
        }
        this.src = translated;
        this.lineShift = startLineno - 1;
        this.firstColShift = startColOffset;
        this.charOffsets = errorOffsetsInChars;
    }

    private final boolean fileInput;
    /** File input only: where the first line holding a null byte starts (src ends there), or -1. */
    private int nulLineStart = -1;
    private String nulLineText;

    /**
     * CPython's translate_newlines with exec_input: CR LF and CR become LF, final LF ensured.
     * Quirk kept: a CR LF ending the input yields an extra empty line (CPython's loop stops on
     * the NUL after skipping the LF and then sees no final newline).
     */
    private static String translateNewlines(String s) {
        boolean extra = false;
        if (s.indexOf('\r') >= 0) {
            StringBuilder sb = new StringBuilder(s.length() + 1);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\r') {
                    c = '\n';
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                        extra = i == s.length() - 1;
                    }
                }
                sb.append(c);
            }
            s = sb.toString();
        }
        return extra || s.isEmpty() || s.charAt(s.length() - 1) != '\n' ? s + "\n" : s;
    }

    // ---- public queries ------------------------------------------------------------------------

    public String filename() {
        return filename;
    }

    /**
     * Whether error offsets must be converted from bytes to characters, as CPython does only when
     * its tokenizer has an encoding (str input, a BOM or a coding cookie). Tokenizer-raised errors
     * already have final offsets; this is for the parser's own errors.
     */
    public boolean errorOffsetsInChars() {
        return charOffsets;
    }

    /** Warnings issued so far (e.g. "invalid decimal literal" for {@code 1if x else y}). */
    public List<Warning> warnings() {
        return warnings == null ? List.of() : Collections.unmodifiableList(warnings);
    }

    /** The innermost unclosed bracket, or null. */
    public Bracket unclosedBracket() {
        if (level == 0) {
            return null;
        }
        return new Bracket(parenstack[level - 1], parenLine[level - 1] + lineShift,
                parenCol[level - 1]);
    }

    /**
     * Whether the error thrown by {@link #next()} is one CPython's tokenizer raises itself
     * (syntaxerror(): bad numbers, strings, characters, brackets), as opposed to one it only
     * flags for pegen to raise (EOF after a backslash, unclosed bracket at EOF, bad dedent, tabs,
     * too deep, line continuation). pegen's final pass over the rest of the source
     * (_PyPegen_tokenize_full_source_to_check_for_errors) lets only the former replace a parser
     * error.
     */
    public boolean errorRaisedByTokenizer() {
        return failed != null && failedDirectly;
    }

    /** Current bracket nesting depth. */
    public int level() {
        return level;
    }

    /** CPython's {@code tok->lineno}: the line the tokenizer is on now. */
    public int cursorLineno() {
        return lineno + lineShift;
    }

    /** CPython's {@code tok->cur - tok->line_start}, in bytes: where pegen puts errors at -1 tokens. */
    public int cursorColOffset() {
        return fileInput && done ? 0 : utf8Len(lineStart, cur);
    }

    /**
     * Source line {@code lineno} without its newline (CPython's
     * get_error_line_from_tokenizer_buffers); "" if there is no such line. Bytes that were not
     * valid UTF-8 show as U+FFFD, as in CPython's error texts.
     */
    public String line(int lineno) {
        int ln = lineno - lineShift;
        int[] starts = lineStarts();
        if (ln < 1 || ln > starts.length) {
            return "";
        }
        int from = starts[ln - 1];
        return display(from, src.indexOf('\n', from));
    }

    /**
     * The SyntaxError text CPython's parser attaches to an error on {@code lineno}: if the
     * tokenizer has not moved past that line, the raw buffer it holds (which may span several
     * lines after a continuation or inside a multi-line string, and ends with the newline);
     * otherwise {@link #line(int)}.
     */
    public String errorLine(int lineno) {
        if (this.lineno + lineShift <= lineno && inp > bufStart) {
            return display(bufStart, inp);
        }
        return line(lineno);
    }

    /**
     * CPython's conversion of a pegen byte column ({@code col}, 1-based or raw) into the offset
     * it reports, given the error text: characters in the first {@code col} bytes when the
     * tokenizer has an encoding, else unchanged.
     */
    public int convertOffset(String errorText, int col) {
        if (!charOffsets || col < 0 || errorText == null) {
            return col;
        }
        return charsInFirstBytes(errorText, col);
    }

    static int charsInFirstBytes(String text, int nbytes) {
        int bytes = 0;
        int chars = 0;
        int i = 0;
        while (i < text.length() && bytes < nbytes) {
            int cp = text.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            chars++;
            i += Character.charCount(cp);
        }
        // CPython clamps to len+1 and then decodes the terminating NUL as one more character.
        return bytes < nbytes ? chars + 1 : chars;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int n = 0;
            for (int i = 0; i < src.length(); i++) {
                if (src.charAt(i) == '\n') {
                    n++;
                }
            }
            int[] starts = new int[n];
            int k = 0;
            starts[k++] = 0;
            for (int i = 0; i < src.length() - 1; i++) {
                if (src.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    /** Text for an error message: escaped raw bytes become U+FFFD ("replace" decoding). */
    private String display(int from, int to) {
        String s = src.substring(from, to);
        for (int i = 0; i < s.length(); i++) {
            if (SourceDecoder.isEscapedByte(s, i)) {
                StringBuilder sb = new StringBuilder(s);
                for (int j = i; j < sb.length(); j++) {
                    if (SourceDecoder.isEscapedByte(s, j)) {
                        sb.setCharAt(j, '\uFFFD');
                    }
                }
                return sb.toString();
            }
        }
        return s;
    }

    // ---- character input -------------------------------------------------------------------

    private int nextc() {
        if (cur < inp) {
            return src.charAt(cur++);
        }
        if (done || !underflow()) {
            cur = inp;
            return EOF;
        }
        return src.charAt(cur++);
    }

    /** Make the next line visible (CPython's tok_underflow_string). */
    private boolean underflow() {
        if (inp >= src.length()) {
            if (nulLineStart >= 0) {
                int nulLine = lineno + 1 + lineShift;
                throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "source code cannot contain null bytes",
                        filename, nulLine, 0, nulLineText, nulLine, 0);
            }
            done = true;
            return false;
        }
        int nl = src.indexOf('\n', inp);
        int end = nl < 0 ? src.length() : nl + 1;
        lineno++;
        if (tokStart < 0) {
            bufStart = cur;
        }
        lineStart = cur;
        inp = end;
        boolean ascii = true;
        for (int i = lineStart; i < end; i++) {
            if (src.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        lineAscii = ascii;
        return true;
    }

    private void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    /** UTF-8 length of src[from, to); escaped raw bytes count as one byte. */
    private int utf8Len(int from, int to) {
        if (lineAscii && from >= lineStart && to <= inp) {
            return to - from;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to
                    && Character.isLowSurrogate(src.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (SourceDecoder.isEscapedByte(src, i)) {
                n += 1;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c >= 128;
    }

    // ---- tokens ----------------------------------------------------------------------------

    /** The next token; throws {@link PySyntaxError} (again on every later call) on a lexical error. */
    public Token next() {
        if (failed != null) {
            throw failed;
        }
        try {
            return get();
        } catch (PySyntaxError e) {
            failed = e;
            throw e;
        }
    }

    private Token token(TokenKind kind, String text, int line, int col, int endCol) {
        if (lineno == 1 && firstColShift != 0) {
            col += firstColShift;
            endCol += firstColShift;
        }
        return new Token(kind, text, line + lineShift, col, lineno + lineShift, endCol);
    }

    /** A token lying on the current line between start and cur. */
    private Token simple(TokenKind kind, int start) {
        return token(kind, src.substring(start, cur), lineno, utf8Len(lineStart, start),
                utf8Len(lineStart, cur));
    }

    private Token get() {
        int c;
        nextline:
        for (;;) {
            tokStart = -1;
            boolean blankline = false;
            if (atbol) {
                atbol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol++;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // Indentation can't be split with backslashes: the first one fixes it.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    // Whitespace/comment-only lines don't affect indentation.
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altcol = contLineCol;
                    }
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            cur = inp;
                            throw knownLocationError(PySyntaxError.Kind.IndentationError,
                                    "too many levels of indentation", 0);
                        }
                        if (altcol <= altindstack[indent]) {
                            throw tabError();
                        }
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            cur = inp;
                            throw cursorError(PySyntaxError.Kind.IndentationError,
                                    "unindent does not match any outer indentation level");
                        }
                        if (altcol != altindstack[indent]) {
                            throw tabError();
                        }
                    }
                }
            }

            tokStart = cur;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return token(TokenKind.DEDENT, "", lineno, -1, -1);
                }
                pendin--;
                return token(TokenKind.INDENT, src.substring(lineStart, cur), lineno, -1, -1);
            }

            again:
            for (;;) {
                tokStart = -1;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                tokStart = cur - 1;

                if (c == '#') {
                    // Comments (type comments included) are skipped; the NEWLINE that follows
                    // starts at the '#', as in CPython.
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                }

                if (c == EOF) {
                    if (level > 0) {
                        throw unclosedError();
                    }
                    return token(TokenKind.ENDMARKER, "", lineno, -1, -1);
                }

                if (isPotentialIdentifierStart(c)) {
                    return nameOrPrefixedString(c);
                }

                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) {
                        continue nextline;
                    }
                    // The newline itself is left out of the token's extent.
                    return token(TokenKind.NEWLINE, "\n", lineno, utf8Len(lineStart, tokStart),
                            utf8Len(lineStart, cur - 1));
                }

                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return number(c, true);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return simple(TokenKind.ELLIPSIS, tokStart);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return simple(TokenKind.DOT, tokStart);
                }

                if (isDigit(c)) {
                    return number(c, false);
                }

                if (c == '\'' || c == '"') {
                    return string(c);
                }

                if (c == '\\') {
                    continuationLine();
                    continue again;
                }
                return operator(c);
            }
        }
    }

    /** After a backslash: it must end the line, and something must follow. */
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            throw lineContError();
        }
        c = nextc();
        if (c == EOF) {
            cur = inp;
            if (level > 0) {
                throw unclosedError();
            }
            throw cursorError(PySyntaxError.Kind.SyntaxError, "unexpected EOF while parsing");
        }
        backup(c);
    }

    private Token operator(int c) {
        int c2 = nextc();
        TokenKind two = twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenKind three = threeChars(c, c2, c3);
            if (three != null) {
                two = three;
            } else {
                backup(c3);
            }
            return simple(two, tokStart);
        }
        backup(c2);

        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw syntaxError("too many nested parentheses");
                }
                parenstack[level] = (char) c;
                parenLine[level] = lineno;
                parenCol[level] = utf8Len(lineStart, tokStart);
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'");
                }
                level--;
                char opening = parenstack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']')
                        || (opening == '{' && c == '}'))) {
                    if (parenLine[level] != lineno) {
                        throw syntaxError("closing parenthesis '" + (char) c
                                + "' does not match opening parenthesis '" + opening + "' on line "
                                + (parenLine[level] + lineShift));
                    }
                    throw syntaxError("closing parenthesis '" + (char) c
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
            default -> {
            }
        }
        // Only ASCII reaches here: everything >= 128 is scanned as a potential identifier.
        if (c < 0x20 || c == 0x7f) {
            throw syntaxError(String.format("invalid non-printable character U+%04X", c));
        }
        return simple(oneChar(c), tokStart);
    }

    private static TokenKind oneChar(int c) {
        return switch (c) {
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case ':' -> TokenKind.COLON;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMI;
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '|' -> TokenKind.VBAR;
            case '&' -> TokenKind.AMPER;
            case '<' -> TokenKind.LESS;
            case '>' -> TokenKind.GREATER;
            case '=' -> TokenKind.EQUAL;
            case '.' -> TokenKind.DOT;
            case '%' -> TokenKind.PERCENT;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '^' -> TokenKind.CIRCUMFLEX;
            case '~' -> TokenKind.TILDE;
            case '@' -> TokenKind.AT;
            case '!' -> TokenKind.EXCLAMATION;
            default -> TokenKind.OP;
        };
    }

    private static TokenKind twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%' -> c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&' -> c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*' -> c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+' -> c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-' -> c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/' -> c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':' -> c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<' -> switch (c2) {
                case '<' -> TokenKind.LEFTSHIFT;
                case '=' -> TokenKind.LESSEQUAL;
                case '>' -> TokenKind.LTGT;
                default -> null;
            };
            case '=' -> c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>' -> c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@' -> c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^' -> c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|' -> c2 == '=' ? TokenKind.VBAREQUAL : null;
            default -> null;
        };
    }

    private static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 != '=') {
            return c1 == '.' && c2 == '.' && c3 == '.' ? TokenKind.ELLIPSIS : null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenKind.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return TokenKind.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return TokenKind.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return TokenKind.RIGHTSHIFTEQUAL;
        }
        return null;
    }

    // ---- names -----------------------------------------------------------------------------

    private Token nameOrPrefixedString(int c) {
        // String prefixes: any case of b, r, u, f, br, rb, fr, rf (not ur/ru, not bu, ...).
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return string(c);
            }
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonascii) {
            verifyIdentifier();
        }
        String text = src.substring(tokStart, cur);
        TokenKind kw = TokenKind.keyword(text);
        return token(kw != null ? kw : TokenKind.NAME, text, lineno, utf8Len(lineStart, tokStart),
                utf8Len(lineStart, cur));
    }

    /** CPython's verify_identifier: decodable, XID_Start then XID_Continue (on the raw text). */
    private void verifyIdentifier() {
        for (int i = tokStart; i < cur; i++) {
            if (SourceDecoder.isEscapedByte(src, i)) {
                String err = SourceDecoder.utf8Error(SourceDecoder.toRawBytes(src.substring(tokStart, cur)));
                failedDirectly = true;
                throw cursorError(PySyntaxError.Kind.SyntaxError, "(unicode error) " + err);
            }
        }
        int i = tokStart;
        boolean first = true;
        while (i < cur) {
            int cp = src.codePointAt(i);
            boolean ok;
            if (cp < 128) {
                ok = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_'
                        || (!first && cp >= '0' && cp <= '9');
            } else {
                ok = first ? UnicodeTables.isXidStart(cp) : UnicodeTables.isXidContinue(cp);
            }
            if (!ok) {
                // The error points just after the offending character.
                cur = i + Character.charCount(cp);
                if (PyRepr.isPrintable(cp)) {
                    throw syntaxError(String.format("invalid character '%s' (U+%04X)",
                            Character.toString(cp), cp));
                }
                throw syntaxError(String.format("invalid non-printable character U+%04X", cp));
            }
            first = false;
            i += Character.charCount(cp);
        }
    }

    // ---- numbers ---------------------------------------------------------------------------

    private static final int FRACTION = 1;
    private static final int AFTER_FRACTION = 2;
    private static final int EXPONENT = 3;
    private static final int IMAGINARY = 4;

    /**
     * Scans a number whose first character {@code c} was just read; {@code afterDot}: the number
     * started with '.' and {@code c} is the digit after it. Mirrors the C tokenizer's gotos with
     * a stage variable.
     */
    private Token number(int c, boolean afterDot) {
        int stage;
        if (afterDot) {
            stage = FRACTION;
        } else if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isXDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
                return endNumber(c);
            } else if (c == 'o' || c == 'O') {
                c = radixDigits('8', "octal");
                verifyEndOfNumber(c, "octal");
                return endNumber(c);
            } else if (c == 'b' || c == 'B') {
                c = radixDigits('2', "binary");
                verifyEndOfNumber(c, "binary");
                return endNumber(c);
            }
            boolean nonzero = false;
            // Zeros, possibly with underscores; other digits would make an old-style octal.
            for (;;) {
                if (c == '_') {
                    c = nextc();
                    if (!isDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = nextc();
            }
            int zerosEnd = cur;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            if (c == '.') {
                c = nextc();
                stage = FRACTION;
            } else if (c == 'e' || c == 'E') {
                stage = EXPONENT;
            } else if (c == 'j' || c == 'J') {
                stage = IMAGINARY;
            } else if (nonzero) {
                backup(c);
                throw syntaxErrorRange(utf8Len(lineStart, tokStart) + 1, utf8Len(lineStart, zerosEnd),
                        "leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers");
            } else {
                verifyEndOfNumber(c, "decimal");
                return endNumber(c);
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                stage = FRACTION;
            } else {
                stage = AFTER_FRACTION;
            }
        }
        if (stage == FRACTION) {
            if (isDigit(c)) {
                c = decimalTail();
            }
            stage = AFTER_FRACTION;
        }
        if (stage == AFTER_FRACTION) {
            if (c == 'e' || c == 'E') {
                stage = EXPONENT;
            } else if (c == 'j' || c == 'J') {
                stage = IMAGINARY;
            } else {
                verifyEndOfNumber(c, "decimal");
                return endNumber(c);
            }
        }
        if (stage == EXPONENT) {
            int e = c;
            c = nextc();
            if (c == '+' || c == '-') {
                c = nextc();
                if (!isDigit(c)) {
                    backup(c);
                    throw syntaxError("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                // Not an exponent after all ("1else"): the number ends before the 'e'.
                backup(c);
                verifyEndOfNumber(e, "decimal");
                backup(e);
                return simple(TokenKind.NUMBER, tokStart);
            }
            c = decimalTail();
            if (c != 'j' && c != 'J') {
                verifyEndOfNumber(c, "decimal");
                return endNumber(c);
            }
        }
        // Imaginary suffix: c is the 'j'.
        c = nextc();
        verifyEndOfNumber(c, "imaginary");
        return endNumber(c);
    }

    /** The number ends just before the already-read character {@code c}. */
    private Token endNumber(int c) {
        backup(c);
        return simple(TokenKind.NUMBER, tokStart);
    }

    /** Octal or binary digits after the prefix; {@code limit} is the first invalid digit. */
    private int radixDigits(char limit, String kind) {
        int c = nextc();
        do {
            if (c == '_') {
                c = nextc();
            }
            if (c < '0' || c >= limit) {
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup(c);
                throw syntaxError("invalid " + kind + " literal");
            }
            do {
                c = nextc();
            } while (c >= '0' && c < limit);
        } while (c == '_');
        if (isDigit(c)) {
            throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        return c;
    }

    /** Digits with single underscores between them; returns the first char after. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
    }

    /**
     * A number directly followed by a letter is an error, except before the keywords that can
     * legally follow a number (and, else, for, if, in, is, not, or): then only a warning.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean r = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = nextc();
                backup(c2);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (r) {
            warn("SyntaxWarning", "invalid " + kind + " literal");
        } else if (c < 128 && isPotentialIdentifierChar(c)) {
            // Non-ASCII is left for the next token ("invalid character").
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String test) {
        int save = cur;
        boolean res = false;
        int i = 0;
        for (;;) {
            int c = nextc();
            if (i == test.length()) {
                res = !isPotentialIdentifierChar(c);
                break;
            }
            if (c != test.charAt(i)) {
                break;
            }
            i++;
        }
        cur = save;
        return res;
    }

    private void warn(String category, String msg) {
        if (warnings == null) {
            warnings = new ArrayList<>();
        }
        warnings.add(new Warning(category, msg, lineno + lineShift));
    }

    // ---- strings ---------------------------------------------------------------------------

    /** A string literal whose opening quote was just read; the token starts at tokStart. */
    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;

        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // empty string
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                // Reported at the opening quote, with the line where the scan gave up.
                int detected = lineno + lineShift;
                cur = tokStart + 1;
                lineStart = multiLineStart;
                lineno = firstLineno;
                lineAscii = false;
                throw syntaxError(quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                        : "unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc(); // the escaped character, possibly a newline
                }
            }
        }
        int col = firstLineno == lineno ? utf8Len(lineStart, tokStart) : utf8Len(multiLineStart, tokStart);
        return token(TokenKind.STRING, src.substring(tokStart, cur), firstLineno, col,
                utf8Len(lineStart, cur));
    }

    // ---- errors ----------------------------------------------------------------------------

    /**
     * The tokenizer's own syntaxerror(): offset = characters from the line start to the cursor,
     * text = the line without its newline.
     */
    private PySyntaxError syntaxError(String msg) {
        failedDirectly = true;
        int end = src.indexOf('\n', lineStart);
        String text = display(lineStart, end < 0 ? src.length() : end);
        int off = display(lineStart, cur).codePointCount(0, cur - lineStart);
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, lineno + lineShift,
                off, text, lineno + lineShift, off);
    }

    /** syntaxerror_known_range: explicit (byte) columns, not converted. */
    private PySyntaxError syntaxErrorRange(int col, int endCol, String msg) {
        failedDirectly = true;
        int end = src.indexOf('\n', lineStart);
        String text = display(lineStart, end < 0 ? src.length() : end);
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, lineno + lineShift,
                col, text, lineno + lineShift, endCol);
    }

    /** Errors pegen raises with RAISE_ERROR_KNOWN_LOCATION(lineno, col, lineno, -1). */
    private PySyntaxError knownLocationError(PySyntaxError.Kind kind, String msg, int byteCol) {
        int ln = lineno + lineShift;
        String text = errorLine(ln);
        return new PySyntaxError(kind, msg, filename, ln, convertOffset(text, byteCol + 1), text, ln, 0);
    }

    private PySyntaxError tabError() {
        return knownLocationError(PySyntaxError.Kind.TabError,
                "inconsistent use of tabs and spaces in indentation", 0);
    }

    /** E_LINECONT: CPython measures the column from its buffer start, not the line start. */
    private PySyntaxError lineContError() {
        return knownLocationError(PySyntaxError.Kind.SyntaxError,
                "unexpected character after line continuation character", utf8Len(bufStart, cur) - 1);
    }

    /** Errors pegen raises at the failing token, which has no position: the cursor is used. */
    private PySyntaxError cursorError(PySyntaxError.Kind kind, String msg) {
        int ln = lineno + lineShift;
        String text = errorLine(ln);
        // CPython's file reader has emptied its buffer at end of input: the cursor is at its start.
        int col = cur == bufStart || (fileInput && done) ? 0 : utf8Len(lineStart, cur);
        return new PySyntaxError(kind, msg, filename, ln, convertOffset(text, col), text, ln, -1);
    }

    /** "'(' was never closed", at the innermost open bracket. */
    private PySyntaxError unclosedError() {
        int ln = parenLine[level - 1] + lineShift;
        String text = errorLine(ln);
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                "'" + parenstack[level - 1] + "' was never closed", filename, ln,
                convertOffset(text, parenCol[level - 1] + 1), text, ln, 0);
    }
}
