package pyj.parse;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import pyj.parse.ast.Ast;
import pyj.parse.ast.Constants;
import pyj.parse.ast.UnicodeNames;

/**
 * Turns NUMBER and STRING tokens into constant values and nodes, as CPython 3.11's
 * {@code Parser/pegen.c} (numbers) and {@code Parser/string_parser.c} (strings, f-strings) do,
 * including their node positions and error messages.
 *
 * <p>Entry points: {@link #number(Token)} and {@link #concatenate(List, FStringExprParser)}.
 * Errors are thrown as {@link LiteralError}; the parser places and re-raises them.
 */
public final class Literals {
    private Literals() {}

    /**
     * Parses the expression of an f-string replacement field; implemented by the parser.
     *
     * <p>{@code source} is the field's expression text wrapped in parentheses, exactly as written
     * (it may span several lines; CPython parses it with its {@code fstring} start rule,
     * {@code star_expressions}). Positions must come out as CPython's sub-parser gives them:
     * a token on line {@code k} (1-based) of {@code source} gets line {@code startLineno + k - 1};
     * its columns get {@code startColOffset} added only when the token ENDS on line 1 of
     * {@code source} (CPython compares the tokenizer's current line, so a triple-quoted string that
     * starts on line 1 and ends later keeps unshifted columns). Syntax errors are the parser's
     * own (prefixed "f-string: ", columns reported relative to {@code source}, which is also the
     * error's text).
     */
    @FunctionalInterface
    public interface FStringExprParser {
        Ast.Expr parse(String source, int startLineno, int startColOffset);
    }

    // ------------------------------------------------------------------ numbers

    /** CPython's default {@code sys.get_int_max_str_digits()}, which applies to int literals. */
    public static final int MAX_STR_DIGITS = 4300;

    /**
     * The value of a NUMBER token: {@link BigInteger}, {@link Double} or
     * {@link Constants.Imaginary}. The text must be a valid Python number literal.
     */
    public static Object number(Token t) {
        return number(t.text(), t);
    }

    /** Like {@link #number(Token)} for bare text (errors then carry no token). */
    public static Object number(String text) {
        return number(text, null);
    }

    private static Object number(String text, Token t) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new Constants.Imaginary(Double.parseDouble(s.substring(0, n - 1)));
        }
        if (n > 2 && s.charAt(0) == '0') {
            char p = s.charAt(1);
            int radix = p == 'x' || p == 'X' ? 16 : p == 'o' || p == 'O' ? 8 : p == 'b' || p == 'B' ? 2 : 0;
            if (radix != 0) {
                return n - 2 <= (radix == 16 ? 15 : radix == 8 ? 20 : 62)
                        ? BigInteger.valueOf(Long.parseLong(s, 2, n, radix))
                        : new BigInteger(s.substring(2), radix);
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                // Java's parser is correctly rounded, as CPython's is; overflow gives inf.
                return Double.parseDouble(s);
            }
        }
        if (n <= 18) {
            return BigInteger.valueOf(Long.parseLong(s));
        }
        if (s.charAt(0) == '0') {
            return BigInteger.ZERO; // a decimal literal with a leading 0 is all zeros: no digit limit
        }
        if (n > MAX_STR_DIGITS) {
            String msg = "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: value has "
                    + n + " digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
            throw new LiteralError(msg, LiteralError.Where.TOKEN_LINES_ONLY, t);
        }
        return new BigInteger(s);
    }

    // ------------------------------------------------------------------ strings

    /**
     * The node for one atom made of consecutive STRING tokens ({@code strings}, in source order,
     * at least one): a {@link Ast.Constant} holding a String or {@link Constants.Bytes}, or a
     * {@link Ast.JoinedStr} if any token is an f-string. Positions follow CPython 3.11: every
     * Constant, FormattedValue and the JoinedStr span from the first token's start to the last
     * token's end, except a format spec's JoinedStr (and the literal text ending it), which span
     * the single token holding it; a Constant gets kind 'u' when the first token starts with a
     * lower-case {@code u}. Replacement field expressions are handed to {@code exprParser}.
     *
     * @throws LiteralError for bad escapes, mixed bytes/str, malformed f-strings
     */
    public static Ast.Expr concatenate(List<Token> strings, FStringExprParser exprParser) {
        return new Concatenation(strings, exprParser).run();
    }

    /** One STRING token split into prefix flags and body (the text between the quotes). */
    private record Piece(Token token, String text, int bodyStart, int bodyEnd, boolean bytes, boolean raw,
            boolean fstring) {}

    private static Piece split(Token t) {
        String text = t.text();
        if (text.indexOf('\r') >= 0) {
            // CPython's tokenizer hands the parser universal newlines.
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        boolean bytes = false;
        boolean raw = false;
        boolean f = false;
        int i = 0;
        for (;; i++) {
            char c = text.charAt(i);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                f = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
        }
        char quote = text.charAt(i);
        int start = i + 1;
        int end = text.length() - 1;
        if (end - start >= 4 && text.charAt(start) == quote && text.charAt(start + 1) == quote) {
            start += 2;
            end -= 2;
        }
        return new Piece(t, text, start, end, bytes, raw, f);
    }

    private static final class Concatenation {
        private final List<Token> strings;
        private final FStringExprParser exprParser;
        private final Token first;
        private final Token last;

        Concatenation(List<Token> strings, FStringExprParser exprParser) {
            this.strings = strings;
            this.exprParser = exprParser;
            this.first = strings.get(0);
            this.last = strings.get(strings.size() - 1);
        }

        Ast.Expr run() {
            int n = strings.size();
            if (n == 1) {
                // The common case: one plain literal.
                Piece p = split(first);
                if (!p.fstring) {
                    if (p.bytes) {
                        return constant(new Constants.Bytes(bytesValue(p)), null, first, first);
                    }
                    StrBuf buf = new StrBuf(p.bodyEnd - p.bodyStart);
                    strValue(p, buf);
                    return constant(buf.value(), kindOf(first), first, first);
                }
            }
            boolean bytesMode = false;
            java.io.ByteArrayOutputStream bytes = null;
            State state = new State();
            for (int i = 0; i < n; i++) {
                Piece p = split(strings.get(i));
                // Decode before checking for a bytes/str mix: CPython reports decode errors first.
                byte[] b = null;
                StrBuf s = null;
                if (p.bytes) {
                    b = bytesValue(p);
                } else if (!p.fstring) {
                    s = new StrBuf(p.bodyEnd - p.bodyStart);
                    strValue(p, s);
                }
                if (i != 0 && bytesMode != p.bytes) {
                    throw LiteralError.atLastToken("cannot mix bytes and nonbytes literals");
                }
                bytesMode = p.bytes;
                if (p.fstring) {
                    int[] pos = {p.bodyStart};
                    concatFString(state, p, pos, p.bodyEnd, 0);
                } else if (bytesMode) {
                    if (bytes == null) {
                        bytes = new java.io.ByteArrayOutputStream(b.length);
                    }
                    bytes.writeBytes(b);
                } else {
                    state.add(s);
                }
            }
            if (bytesMode) {
                return constant(new Constants.Bytes(bytes.toByteArray()), null, first, last);
            }
            return finish(state, first, last);
        }

        // --- f-strings (string_parser.c's fstring_* functions) ---

        /** Parses one f-string body from pos[0] to end into state; pos[0] is left after it. */
        private void concatFString(State state, Piece p, int[] pos, int end, int level) {
            state.fmode = true;
            String text = p.text;
            while (true) {
                int litStart = pos[0];
                int s = litStart;
                boolean doubled = false;
                // The literal ends at an undoubled brace (not one of "\N{...}") or the end.
                while (s < end) {
                    char ch = text.charAt(s++);
                    if (!p.raw && ch == '\\' && s < end) {
                        ch = text.charAt(s++);
                        if (ch == 'N') {
                            if (s < end && text.charAt(s++) == '{') {
                                while (s < end && text.charAt(s++) != '}') {
                                    // skip the character name
                                }
                                continue;
                            }
                            break;
                        }
                    }
                    if (ch == '{' || ch == '}') {
                        if (level == 0) {
                            if (s < end && text.charAt(s) == ch) {
                                doubled = true; // keep one brace in the literal, skip the other
                                break;
                            }
                            if (ch == '}') {
                                throw LiteralError.atLastToken("f-string: single '}' is not allowed");
                            }
                        }
                        s--;
                        break;
                    }
                }
                if (s > litStart) {
                    if (p.raw) {
                        checkUtf8(text, litStart, s);
                        state.add(text.substring(litStart, s));
                    } else {
                        StrBuf lit = new StrBuf(s - litStart);
                        decodeStr(text, litStart, s, lit);
                        state.add(lit);
                    }
                }
                if (doubled) {
                    pos[0] = s + 1;
                    continue;
                }
                pos[0] = s;
                if (s >= end || text.charAt(s) == '}') {
                    break;
                }
                // At a '{': a replacement field.
                Ast.Expr fv = findExpr(state, p, pos, end, level);
                state.flush(this);
                state.exprs.add(fv);
            }
            if (level == 0 && pos[0] < end - 1) {
                throw LiteralError.atLastToken("f-string: unexpected end of string");
            }
            if (level != 0 && (pos[0] >= end || text.charAt(pos[0]) != '}')) {
                throw LiteralError.atLastToken("f-string: expecting '}'");
            }
        }

        /** Parses a replacement field at pos[0] (a '{'); a '=' adds its text to state. */
        private Ast.Expr findExpr(State state, Piece p, int[] pos, int end, int level) {
            if (level >= 2) {
                throw LiteralError.atLastToken("f-string: expressions nested too deeply");
            }
            String text = p.text;
            int brace = pos[0];
            int exprStart = brace + 1;
            int s = exprStart;
            char quote = 0;
            int stringType = 0;
            int depth = 0;
            char[] parens = new char[MAX_PAREN_LEVEL];
            // Find the end of the expression; errors inside it are left to the expression parser.
            for (; s < end; s++) {
                char ch = text.charAt(s);
                if (ch == '\\') {
                    throw LiteralError.atLastToken("f-string expression part cannot include a backslash");
                }
                if (quote != 0) {
                    if (ch == quote) {
                        if (stringType == 3) {
                            if (s + 2 < end && text.charAt(s + 1) == ch && text.charAt(s + 2) == ch) {
                                s += 2;
                                stringType = 0;
                                quote = 0;
                            }
                        } else {
                            stringType = 0;
                            quote = 0;
                        }
                    }
                } else if (ch == '\'' || ch == '"') {
                    if (s + 2 < end && text.charAt(s + 1) == ch && text.charAt(s + 2) == ch) {
                        stringType = 3;
                        s += 2;
                    } else {
                        stringType = 1;
                    }
                    quote = ch;
                } else if (ch == '[' || ch == '{' || ch == '(') {
                    if (depth >= MAX_PAREN_LEVEL) {
                        throw LiteralError.atLastToken("f-string: too many nested parenthesis");
                    }
                    parens[depth++] = ch;
                } else if (ch == '#') {
                    throw LiteralError.atLastToken("f-string expression part cannot include '#'");
                } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                    if (s + 1 < end) {
                        char next = text.charAt(s + 1);
                        // "!=", "==", "<=", ">=" are operators, not the end of the expression.
                        if (next == '=' && ch != ':' && ch != '}') {
                            s++;
                            continue;
                        }
                        if (ch == '>' || ch == '<') {
                            continue;
                        }
                    }
                    break;
                } else if (ch == ']' || ch == '}' || ch == ')') {
                    if (depth == 0) {
                        throw LiteralError.atLastToken("f-string: unmatched '" + ch + "'");
                    }
                    char opening = parens[--depth];
                    if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}')) {
                        throw LiteralError.atLastToken("f-string: closing parenthesis '" + ch
                                + "' does not match opening parenthesis '" + opening + "'");
                    }
                }
            }
            int exprEnd = s;
            if (quote != 0) {
                throw LiteralError.atLastToken("f-string: unterminated string");
            }
            if (depth != 0) {
                throw LiteralError.atLastToken("f-string: unmatched '" + parens[depth - 1] + "'");
            }
            if (s >= end) {
                throw expectingBrace();
            }
            // Parse the expression now, so its errors come before those of conversion or spec.
            Ast.Expr expr = compileExpr(p, brace, exprStart, exprEnd);

            String exprText = null;
            if (text.charAt(s) == '=') {
                s++;
                while (s < text.length() && isPySpace(text.charAt(s))) {
                    s++;
                }
                exprText = text.substring(exprStart, s);
            }
            int conversion = -1;
            if (s < end && text.charAt(s) == '!') {
                s++;
                if (s >= end) {
                    throw expectingBrace();
                }
                conversion = text.charAt(s++);
                if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                    throw LiteralError.atLastToken(
                            "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
            }
            if (s >= end) {
                throw expectingBrace();
            }
            Ast.Expr formatSpec = null;
            if (text.charAt(s) == ':') {
                s++;
                if (s >= end) {
                    throw expectingBrace();
                }
                // The spec is itself an f-string, one level down, positioned on this token.
                State spec = new State();
                pos[0] = s;
                concatFString(spec, p, pos, end, level + 1);
                s = pos[0];
                formatSpec = finish(spec, p.token, p.token);
            }
            if (s >= end || text.charAt(s) != '}') {
                throw expectingBrace();
            }
            pos[0] = s + 1;
            if (exprText != null && formatSpec == null && conversion == -1) {
                conversion = 'r'; // f"{x=}" shows repr unless told otherwise
            }
            if (exprText != null) {
                state.add(exprText);
            }
            return new Ast.FormattedValue(expr, conversion, formatSpec, first.lineno(), first.colOffset(),
                    last.endLineno(), last.endColOffset());
        }

        /** fstring_compile_expr: check for emptiness, locate, and hand the text to the parser. */
        private Ast.Expr compileExpr(Piece p, int brace, int exprStart, int exprEnd) {
            String text = p.text;
            int s = exprStart;
            while (s < exprEnd) {
                char c = text.charAt(s);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
                    break;
                }
                s++;
            }
            if (s == exprEnd) {
                char c = text.charAt(exprEnd);
                if (c == '!' || c == ':' || c == '=') {
                    throw LiteralError.atLastToken("f-string: expression required before '" + c + "'");
                }
                throw LiteralError.atLastToken("f-string: empty expression not allowed");
            }
            // Where the '{' sits: the '(' that replaces it in the sub-source takes its place.
            boolean newlineAfterBrace = true;
            for (int i = brace + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '}' || c == '\n') {
                    break;
                }
                if (c != ' ' && c != '\t' && c != '\f') {
                    newlineAfterBrace = false;
                    break;
                }
            }
            int lines = 0;
            int lineStart = 0;
            for (int i = 0; i < brace; i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                    lineStart = i + 1;
                }
            }
            int cols = newlineAfterBrace ? 0 : utf8Length(text, lineStart, brace);
            Token t = p.token;
            int startLineno = t.lineno() + lines;
            int startCol = lines == 0 ? t.colOffset() + cols : cols;
            String source = "(" + text.substring(exprStart, exprEnd) + ")";
            return exprParser.parse(source, startLineno, startCol);
        }

        private Ast.Expr finish(State state, Token from, Token to) {
            if (!state.fmode) {
                return constant(state.last == null ? "" : state.last.value(), kindOf(from), from, to);
            }
            if (state.last != null) {
                state.exprs.add(constant(state.last.value(), kindOf(from), from, to));
                state.last = null;
            }
            return new Ast.JoinedStr(List.copyOf(state.exprs), from.lineno(), from.colOffset(), to.endLineno(),
                    to.endColOffset());
        }
    }

    /** FstringParser: pending literal text and the finished parts. */
    private static final class State {
        StrBuf last;
        final ArrayList<Ast.Expr> exprs = new ArrayList<>(4);
        boolean fmode;

        void add(String s) {
            if (s.isEmpty()) {
                return;
            }
            if (last == null) {
                last = new StrBuf(s.length());
            }
            last.sb.append(s);
        }

        void add(StrBuf s) {
            if (s.sb.isEmpty()) {
                return;
            }
            if (last == null) {
                last = s;
            } else {
                last.append(s);
            }
        }

        /** Turns pending literal text into a Constant spanning the whole concatenation. */
        void flush(Concatenation c) {
            if (last != null) {
                exprs.add(constant(last.value(), kindOf(c.first), c.first, c.last));
                last = null;
            }
        }
    }

    private static final int MAX_PAREN_LEVEL = 200;

    private static LiteralError expectingBrace() {
        return LiteralError.atLastToken("f-string: expecting '}'");
    }

    private static String kindOf(Token t) {
        return t.text().charAt(0) == 'u' ? "u" : null;
    }

    private static Ast.Constant constant(Object v, String kind, Token from, Token to) {
        return new Ast.Constant(v, kind, from.lineno(), from.colOffset(), to.endLineno(), to.endColOffset());
    }

    private static boolean isPySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ escape decoding

    private static void strValue(Piece p, StrBuf out) {
        if (p.raw) {
            checkUtf8(p.text, p.bodyStart, p.bodyEnd);
            out.sb.append(p.text, p.bodyStart, p.bodyEnd);
        } else {
            decodeStr(p.text, p.bodyStart, p.bodyEnd, out);
        }
    }

    /**
     * The text of a str being built. A Java String cannot tell the code points U+D800 U+DC00
     * (two, from escapes) from the character U+10000 (one), so this remembers where escapes put
     * surrogate code points, and {@link #value} falls back to {@link Constants.CodePointStr}.
     */
    static final class StrBuf {
        final StringBuilder sb;
        private int[] escaped; // indices into sb of surrogates that escapes produced
        private int nEscaped;

        StrBuf(int capacity) {
            sb = new StringBuilder(capacity);
        }

        void appendEscapedSurrogate(char c) {
            if (escaped == null) {
                escaped = new int[4];
            } else if (nEscaped == escaped.length) {
                escaped = java.util.Arrays.copyOf(escaped, nEscaped * 2);
            }
            escaped[nEscaped++] = sb.length();
            sb.append(c);
        }

        void append(StrBuf o) {
            int base = sb.length();
            sb.append(o.sb);
            for (int i = 0; i < o.nEscaped; i++) {
                if (escaped == null || nEscaped == escaped.length) {
                    escaped = escaped == null ? new int[4] : java.util.Arrays.copyOf(escaped, nEscaped * 2);
                }
                escaped[nEscaped++] = base + o.escaped[i];
            }
        }

        private boolean isEscaped(int index) {
            for (int i = 0; i < nEscaped; i++) {
                if (escaped[i] == index) {
                    return true;
                }
            }
            return false;
        }

        /** A String, unless an escaped surrogate sits next to a surrogate it would pair with. */
        Object value() {
            if (nEscaped == 0) {
                return sb.toString();
            }
            boolean clash = false;
            for (int k = 0; k < nEscaped && !clash; k++) {
                int i = escaped[k];
                char c = sb.charAt(i);
                clash = Character.isHighSurrogate(c) ? i + 1 < sb.length() && Character.isLowSurrogate(sb.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(sb.charAt(i - 1));
            }
            if (!clash) {
                return sb.toString();
            }
            int[] cps = new int[sb.length()];
            int n = 0;
            for (int i = 0; i < sb.length(); i++) {
                char c = sb.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < sb.length() && Character.isLowSurrogate(sb.charAt(i + 1))
                        && !isEscaped(i) && !isEscaped(i + 1)) {
                    cps[n++] = Character.toCodePoint(c, sb.charAt(++i));
                } else {
                    cps[n++] = c;
                }
            }
            return new Constants.CodePointStr(java.util.Arrays.copyOf(cps, n));
        }
    }

    private static byte[] bytesValue(Piece p) {
        String text = p.text;
        for (int i = p.bodyStart; i < p.bodyEnd; i++) {
            if (text.charAt(i) >= 0x80) {
                throw new LiteralError("bytes can only contain ASCII literal characters", LiteralError.Where.TOKEN,
                        p.token);
            }
        }
        if (p.raw || text.indexOf('\\', p.bodyStart) < 0) {
            return text.substring(p.bodyStart, p.bodyEnd).getBytes(StandardCharsets.ISO_8859_1);
        }
        return decodeBytes(text, p.bodyStart, p.bodyEnd);
    }

    /**
     * Decodes the backslash escapes of a str literal's text {@code s[from, to)} as CPython's
     * unicode-escape codec does; unknown escapes stay as written. Error positions count bytes of
     * the buffer CPython actually decodes, in which every non-ASCII character was rewritten as a
     * 10-byte {@code \UXXXXXXXX} and a backslash before one (or at the end) as {@code \u005c}.
     */
    public static Object decodeStr(String s, int from, int to) {
        StrBuf out = new StrBuf(to - from);
        decodeStr(s, from, to, out);
        return out.value();
    }

    private static void decodeStr(String s, int from, int to, StrBuf out) {
        StringBuilder sb = out.sb;
        int bs = s.indexOf('\\', from);
        if (bs < 0 || bs >= to) {
            checkUtf8(s, from, to);
            sb.append(s, from, to);
            return;
        }
        int v = 0; // position in CPython's rewritten buffer
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                if (c < 0x80) {
                    v++;
                } else {
                    if (i == from || s.charAt(i - 1) < 0x80) {
                        // CPython decodes each run of non-ASCII source bytes on its own.
                        int runEnd = i;
                        while (runEnd < to && s.charAt(runEnd) >= 0x80) {
                            runEnd++;
                        }
                        checkUtf8(s, i, runEnd);
                    }
                    v += 10;
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c);
                        c = s.charAt(++i);
                    }
                }
                sb.append(c);
                i++;
                continue;
            }
            int start = v;
            if (i + 1 >= to || s.charAt(i + 1) >= 0x80) {
                sb.append('\\');
                v += 6;
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            v += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'v' -> sb.append('\u000b');
                case 'a' -> sb.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int val = e - '0';
                    for (int k = 0; k < 2 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        val = val * 8 + (s.charAt(i++) - '0');
                        v++;
                    }
                    sb.append((char) val);
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String what = e == 'x' ? "truncated \\xXX escape"
                            : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long val = 0;
                    for (int k = 0; k < count; k++) {
                        if (i >= to) {
                            throw unicodeError(start, v, what);
                        }
                        int d = Character.digit(s.charAt(i), 16);
                        if (d < 0 || s.charAt(i) >= 0x80) {
                            throw unicodeError(start, v, what);
                        }
                        val = val * 16 + d;
                        i++;
                        v++;
                    }
                    if (val > Character.MAX_CODE_POINT) {
                        throw unicodeError(start, v, "illegal Unicode character");
                    }
                    if (val >= 0xD800 && val <= 0xDFFF) {
                        out.appendEscapedSurrogate((char) val);
                    } else {
                        sb.appendCodePoint((int) val);
                    }
                }
                case 'N' -> {
                    String malformed = "malformed \\N character escape";
                    if (i >= to || s.charAt(i) != '{') {
                        throw unicodeError(start, v, malformed);
                    }
                    int nameStart = ++i;
                    v++;
                    while (i < to && s.charAt(i) != '}') {
                        char c2 = s.charAt(i);
                        if (c2 >= 0x80) {
                            v += 10;
                            i += Character.charCount(s.codePointAt(i));
                        } else {
                            v += c2 == '\\' && (i + 1 >= to || s.charAt(i + 1) >= 0x80) ? 6 : 1;
                            i++;
                        }
                    }
                    if (i >= to || i == nameStart) {
                        throw unicodeError(start, v, malformed);
                    }
                    String name = s.substring(nameStart, i);
                    i++;
                    v++;
                    int cp = UnicodeNames.lookup(name);
                    if (cp < 0) {
                        throw unicodeError(start, v, "unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                }
                default -> sb.append('\\').append(e);
            }
        }
    }

    /**
     * Source bytes that are not UTF-8 survive decoding as escaped bytes (see
     * {@link SourceDecoder#isEscapedByte}); CPython reports them when it decodes the literal that
     * holds them, with positions relative to {@code s[from]}.
     */
    private static void checkUtf8(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SourceDecoder.isEscapedByte(s, i)) {
                String err = SourceDecoder.utf8Error(SourceDecoder.toRawBytes(s.substring(from, to)));
                if (err != null) {
                    throw LiteralError.atLastToken("(unicode error) " + err);
                }
                return;
            }
        }
    }

    private static LiteralError unicodeError(int start, int end, String reason) {
        return LiteralError.atLastToken("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + start + "-" + (end - 1) + ": " + reason);
    }

    /** Decodes a bytes literal's (ASCII) text {@code s[from, to)} as CPython's escape decoder. */
    public static byte[] decodeBytes(String s, int from, int to) {
        byte[] out = new byte[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                out[n++] = (byte) c;
                i++;
                continue;
            }
            int backslash = i;
            if (i + 1 >= to) {
                throw LiteralError.atLastToken("(value error) Trailing \\ in string");
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out[n++] = (byte) e;
                case 'b' -> out[n++] = '\b';
                case 'f' -> out[n++] = '\f';
                case 't' -> out[n++] = '\t';
                case 'n' -> out[n++] = '\n';
                case 'r' -> out[n++] = '\r';
                case 'v' -> out[n++] = 0x0b;
                case 'a' -> out[n++] = 0x07;
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int val = e - '0';
                    for (int k = 0; k < 2 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        val = val * 8 + (s.charAt(i++) - '0');
                    }
                    out[n++] = (byte) val; // CPython 3.11 keeps the low 8 bits of \400-\777
                }
                case 'x' -> {
                    int d1 = i + 1 < to ? Character.digit(s.charAt(i), 16) : -1;
                    int d2 = i + 1 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw LiteralError.atLastToken("(value error) invalid \\x escape at position "
                                + (backslash - from));
                    }
                    out[n++] = (byte) (d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out[n++] = '\\';
                    out[n++] = (byte) e;
                }
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
