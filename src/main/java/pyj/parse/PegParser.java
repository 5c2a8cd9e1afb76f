package pyj.parse;

import static pyj.parse.TokenKind.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import pyj.parse.ast.Ast;
import pyj.parse.ast.Ast.Arg;
import pyj.parse.ast.Ast.ExprContext;
import pyj.parse.ast.Ast.Expr;
import pyj.parse.ast.Ast.Pattern;
import pyj.parse.ast.Ast.Stmt;
import pyj.parse.ast.Constants;

/**
 * A hand-written recursive-descent parser that follows CPython 3.11's PEG grammar
 * ({@code Grammar/python.gram}) rule by rule, so that both the AST (positions included) and the
 * point where a parse fails are those of CPython's pegen parser.
 *
 * <p>Conventions: every rule method either succeeds, returning a non-null result with {@link #mark}
 * after the input it consumed, or fails, returning null with {@link #mark} back where it started.
 * Backtracking is just resetting {@link #mark}; tokens are pulled lazily from the tokenizer into
 * {@link #toks}, so {@link #fill} is the furthest token any rule has looked at, which is where a
 * generic "invalid syntax" is reported (as pegen does). A SyntaxError is thrown, never used for
 * backtracking: once raised it ends the parse, like pegen's error indicator.
 *
 * <p>Rules named {@code invalid*} are CPython's {@code invalid_*} rules: they only run in the second
 * pass ({@link #callInvalidRules}), which is made only after the first pass failed, and they either
 * throw a specialised SyntaxError or fail.
 */
final class PegParser {
    /** pegen's MAXSTACK: deeper rule nesting is a MemoryError in CPython 3.11. */
    private static final int MAXSTACK = 6000;

    /** Result type of the start rules. */
    enum Start { FILE, INTERACTIVE, EVAL, FUNC_TYPE, FSTRING }

    private final Tokenizer tokenizer;
    final String filename;
    private final Start start;
    /** For f-string sub-parses: columns of the first line are shifted by this much. */
    private final int startColOffset;

    private Token[] toks = new Token[128];
    /** Bracket depth after each token, as pegen's {@code token->level}. */
    private int[] levels = new int[128];
    private int fill;
    private int bracketDepth;
    /** The tokenizer has raised: its error stands, no further checks (pegen's tok->done). */
    private boolean tokenizerFailed;
    int mark;

    /** Second pass: CPython's invalid_ rules are active. */
    boolean callInvalidRules;
    /** Approximates pegen's p->level, the rule nesting depth. */
    private int level;

    PegParser(Tokenizer tokenizer, String filename, Start start, int startColOffset) {
        this.tokenizer = tokenizer;
        this.filename = filename;
        this.start = start;
        this.startColOffset = startColOffset;
    }

    // ---------------------------------------------------------------------------------------------
    // Driver

    /** Runs the two passes as pegen's _PyPegen_run_parser does. */
    Object run() {
        Object res;
        try {
            try {
                res = startRule();
                if (res == null) {
                    Token last = at(fill - 1);
                    resetForErrorPass();
                    startRule();
                    setSyntaxError(last);
                    throw new IllegalStateException("unreachable");
                }
            } catch (PySyntaxError e) {
                // A parser error (not the tokenizer's) may yet give way to a tokenizer error
                // further on, as in pegen's _PyPegen_set_syntax_error.
                if (tokenizerFailed || e.kind != PySyntaxError.Kind.SyntaxError) {
                    throw e;
                }
                throw checkRestOfSource(e);
            }
        } catch (StackOverflowError e) {
            // The explicit depth limit should come first; this is only a safety net.
            throw new PyMemoryError();
        }
        if (start == Start.INTERACTIVE && badSingleStatement()) {
            throw raiseSyntaxError(last(), "multiple statements found while compiling a single statement");
        }
        return res;
    }

    private Object startRule() {
        return switch (start) {
            case FILE -> fileRule();
            case INTERACTIVE -> interactiveRule();
            case EVAL -> evalRule();
            case FUNC_TYPE -> funcTypeRule();
            case FSTRING -> starExpressions();
        };
    }

    private void resetForErrorPass() {
        mark = 0;
        level = 0;
        callInvalidRules = true;
        binAbortPos = -1;
        clearMemo();
    }

    /** pegen's _PyPegen_set_syntax_error: the first pass failed and the second raised nothing. */
    private void setSyntaxError(Token last) {
        if (fill == 0) {
            throw error(PySyntaxError.Kind.SyntaxError, "error at start before reading any input", 0, 0, 0, -1);
        }
        if (last.kind() == INDENT || last.kind() == DEDENT) {
            throw raiseError(PySyntaxError.Kind.IndentationError,
                    last.kind() == INDENT ? "unexpected indent" : "unexpected unindent", last);
        }
        throw raiseKnownLocation(PySyntaxError.Kind.SyntaxError, "invalid syntax",
                last.lineno(), last.colOffset(), last.endLineno(), last.endColOffset());
    }

    /**
     * pegen's _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error anywhere after the
     * failure point replaces a parser error, and so does a bracket left open at the end on a line
     * before the last token fetched.
     */
    PySyntaxError checkRestOfSource(PySyntaxError err) {
        if (fill == 0) {
            return err;
        }
        int errLine = toks[fill - 1].lineno();
        try {
            Token t = toks[fill - 1];
            while (t.kind() != ENDMARKER) {
                t = tokenizer.next();
            }
        } catch (PySyntaxError tokErr) {
            Tokenizer.Bracket open = tokenizer.unclosedBracket();
            if (open != null && tokErr.msg.endsWith("' was never closed")) {
                return errLine > open.lineno() ? tokErr : err;
            }
            return tokErr;
        }
        return err;
    }

    private boolean badSingleStatement() {
        // CPython looks at the raw text after the statement; what follows must be blank or comments.
        int i = mark;
        while (true) {
            Token t = at(i);
            if (t.kind() == ENDMARKER) {
                return false;
            }
            if (t.kind() != NEWLINE && t.kind() != DEDENT) {
                return true;
            }
            i++;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Tokens

    private void fillToken() {
        if (fill > 0 && toks[fill - 1].kind() == ENDMARKER) {
            // Nothing after the end: repeat it, as the C tokenizer does.
            append(toks[fill - 1]);
            return;
        }
        Token t;
        try {
            t = tokenizer.next();
        } catch (PySyntaxError e) {
            tokenizerFailed = true;
            throw e;
        }
        append(t);
    }

    private void append(Token t) {
        if (fill == toks.length) {
            int n = toks.length * 2;
            toks = java.util.Arrays.copyOf(toks, n);
            levels = java.util.Arrays.copyOf(levels, n);
            growMemo(n);
        }
        switch (t.kind()) {
            case LPAR, LSQB, LBRACE -> bracketDepth++;
            case RPAR, RSQB, RBRACE -> bracketDepth--;
            default -> { }
        }
        toks[fill] = t;
        levels[fill] = bracketDepth;
        fill++;
    }

    private Token at(int i) {
        while (i >= fill) {
            fillToken();
        }
        return toks[i];
    }

    private Token cur() {
        if (mark == fill) {
            fillToken();
        }
        return toks[mark];
    }

    private TokenKind kind() {
        return cur().kind();
    }

    /** The kind of the token {@code n} after the current one (fetching it, as pegen would). */
    private TokenKind kindAt(int n) {
        return at(mark + n).kind();
    }

    private boolean check(TokenKind k) {
        return cur().kind() == k;
    }

    private boolean accept(TokenKind k) {
        if (cur().kind() == k) {
            mark++;
            return true;
        }
        return false;
    }

    private Token expect(TokenKind k) {
        Token t = cur();
        if (t.kind() == k) {
            mark++;
            return t;
        }
        return null;
    }

    /** {@code &&'x'}: a token that must be there, else "expected 'x'" at once. */
    private Token expectForced(TokenKind k) {
        Token t = cur();
        if (t.kind() != k) {
            throw raiseKnownLocation(PySyntaxError.Kind.SyntaxError, "expected '" + k.text + "'",
                    t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }
        mark++;
        return t;
    }

    private boolean checkSoft(String kw) {
        Token t = cur();
        return t.kind() == NAME && t.text().equals(kw);
    }

    private Token expectSoft(String kw) {
        Token t = cur();
        if (t.kind() == NAME && t.text().equals(kw)) {
            mark++;
            return t;
        }
        return null;
    }

    /** pegen's _PyPegen_get_last_nonnwhitespace_token: where a node that ends here ends. */
    private Token last() {
        Token t = null;
        for (int m = mark - 1; m >= 0; m--) {
            t = toks[m];
            TokenKind k = t.kind();
            if (k != ENDMARKER && k != NEWLINE && k != INDENT && k != DEDENT) {
                break;
            }
        }
        return t;
    }

    private int sl(int s) {
        return toks[s].lineno();
    }

    private int sc(int s) {
        return toks[s].colOffset();
    }

    private int el() {
        return last().endLineno();
    }

    private int ec() {
        return last().endColOffset();
    }

    private void enter() {
        if (++level > MAXSTACK) {
            throw new PyMemoryError();
        }
    }

    private void leave() {
        level--;
    }

    // ---------------------------------------------------------------------------------------------
    // Memoization: pegen memoizes some rules per (token, rule); so do we, in parallel arrays.

    private static final Object FAIL = new Object();
    private static final int M_EXPRESSION = 0, M_STAR_EXPRESSION = 1, M_DISJUNCTION = 2,
            M_BITWISE_OR = 3, M_PRIMARY = 4, M_T_PRIMARY = 5, M_ARGUMENTS = 6, M_STAR_TARGET = 7,
            M_TARGET_WITH_STAR_ATOM = 8, M_DEL_TARGET = 9, M_STRINGS = 10, M_BLOCK = 11,
            M_CLOSED_PATTERN = 12, M_STAR_PATTERN = 13, M_INVALID_NAMED = 14, M_COUNT = 15;

    private Object[][] memoVal = new Object[M_COUNT][];
    private int[][] memoEnd = new int[M_COUNT][];

    private void growMemo(int n) {
        for (int r = 0; r < M_COUNT; r++) {
            if (memoVal[r] != null) {
                memoVal[r] = java.util.Arrays.copyOf(memoVal[r], n);
                memoEnd[r] = java.util.Arrays.copyOf(memoEnd[r], n);
            }
        }
    }

    private void clearMemo() {
        for (int r = 0; r < M_COUNT; r++) {
            memoVal[r] = null;
            memoEnd[r] = null;
        }
    }

    /** The memoized result of {@code rule} at the current position (moving past it), or null. */
    private Object memoGet(int rule) {
        cur(); // as _PyPegen_is_memoized, make sure the token here is fetched
        Object[] vals = memoVal[rule];
        if (vals == null) {
            return null;
        }
        Object v = vals[mark];
        if (v != null) {
            mark = memoEnd[rule][mark];
        }
        return v;
    }

    private void memoPut(int rule, int pos, Object v) {
        Object[] vals = memoVal[rule];
        if (vals == null) {
            vals = memoVal[rule] = new Object[toks.length];
            memoEnd[rule] = new int[toks.length];
        }
        vals[pos] = v == null ? FAIL : v;
        memoEnd[rule][pos] = mark;
    }

    // ---------------------------------------------------------------------------------------------
    // Errors

    /**
     * _PyPegen_raise_error_known_location: col and endCol are CPython's 1-based byte columns as
     * passed to it (endCol may be 0 or -1, kept as is); they are reported in characters when the
     * source had an encoding, and relative to the f-string expression in an f-string sub-parse.
     */
    PySyntaxError error(PySyntaxError.Kind kind, String msg, int lineno, int col, int endLineno,
            int endCol) {
        String text = tokenizer.errorLine(lineno);
        if (start == Start.FSTRING) {
            msg = "f-string: " + msg;
            col -= startColOffset;
            endCol -= startColOffset;
        }
        int offset = tokenizer.convertOffset(text, col);
        // As CPython: the end column is converted using the start line's text.
        int endOffset = endCol > 0 ? tokenizer.convertOffset(text, endCol) : endCol;
        return new PySyntaxError(kind, msg, filename, lineno, offset, text, endLineno, endOffset);
    }

    /** RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns (CPython adds 1 to both). */
    PySyntaxError raiseKnownLocation(PySyntaxError.Kind kind, String msg, int lineno, int col0,
            int endLineno, int endCol0) {
        return error(kind, msg, lineno, col0 + 1, endLineno, endCol0 + 1);
    }

    /** _PyPegen_raise_error at token t (tokens without a position use the tokenizer's cursor). */
    private PySyntaxError raiseError(PySyntaxError.Kind kind, String msg, Token t) {
        int col = t.colOffset() < 0 ? tokenizer.cursorColOffset() : t.colOffset() + 1;
        int endCol = t.endColOffset() < 0 ? -1 : t.endColOffset() + 1;
        return error(kind, msg, t.lineno(), col, t.endLineno(), endCol);
    }

    private PySyntaxError raiseSyntaxError(Token t, String msg) {
        return raiseError(PySyntaxError.Kind.SyntaxError, msg, t);
    }

    /** RAISE_SYNTAX_ERROR(msg): located at the last token fetched. */
    private PySyntaxError syntaxErrorHere(String msg) {
        return raiseError(PySyntaxError.Kind.SyntaxError, msg, at(fill - 1));
    }

    private PySyntaxError indentationErrorHere(String msg) {
        return raiseError(PySyntaxError.Kind.IndentationError, msg, at(fill - 1));
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, msg). */
    private PySyntaxError errorAt(Ast.Located a, String msg) {
        return raiseKnownLocation(PySyntaxError.Kind.SyntaxError, msg, a.lineno(), a.colOffset(),
                a.endLineno(), a.endColOffset());
    }

    private PySyntaxError errorAt(Token a, String msg) {
        return raiseKnownLocation(PySyntaxError.Kind.SyntaxError, msg, a.lineno(), a.colOffset(),
                a.endLineno(), a.endColOffset());
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
    private PySyntaxError errorRange(Ast.Located a, Ast.Located b, String msg) {
        return raiseKnownLocation(PySyntaxError.Kind.SyntaxError, msg, a.lineno(), a.colOffset(),
                b.endLineno(), b.endColOffset());
    }

    private PySyntaxError errorRange(Token a, Token b, String msg) {
        return raiseKnownLocation(PySyntaxError.Kind.SyntaxError, msg, a.lineno(), a.colOffset(),
                b.endLineno(), b.endColOffset());
    }

    private PySyntaxError errorRange(Token a, Ast.Located b, String msg) {
        return raiseKnownLocation(PySyntaxError.Kind.SyntaxError, msg, a.lineno(), a.colOffset(),
                b.endLineno(), b.endColOffset());
    }

    private PySyntaxError errorRange(Ast.Located a, Token b, String msg) {
        return raiseKnownLocation(PySyntaxError.Kind.SyntaxError, msg, a.lineno(), a.colOffset(),
                b.endLineno(), b.endColOffset());
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from a to no particular end. */
    private PySyntaxError errorFrom(Ast.Located a, String msg) {
        return errorFrom(a.lineno(), a.colOffset(), msg);
    }

    private PySyntaxError errorFrom(Token a, String msg) {
        return errorFrom(a.lineno(), a.colOffset(), msg);
    }

    /** The end is CURRENT_POS: where the tokenizer's cursor is now. */
    private PySyntaxError errorFrom(int lineno, int col0, String msg) {
        return error(PySyntaxError.Kind.SyntaxError, msg, lineno, col0 + 1, tokenizer.cursorLineno(),
                tokenizer.cursorColOffset());
    }

    // ---------------------------------------------------------------------------------------------
    // Node helpers

    /** pegen's _PyPegen_new_identifier: non-ASCII identifiers are NFKC-normalized. */
    static String ident(Token t) {
        String s = t.text();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    private static Ast.Name name(Token t, ExprContext ctx) {
        return new Ast.Name(ident(t), ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /** pegen's _PyPegen_set_expr_context. */
    static Expr setCtx(Expr e, ExprContext c) {
        return switch (e) {
            case Ast.Name n -> new Ast.Name(n.id(), c, n.lineno(), n.colOffset(), n.endLineno(),
                    n.endColOffset());
            case Ast.Tuple t -> new Ast.Tuple(setCtx(t.elts(), c), c, t.lineno(), t.colOffset(),
                    t.endLineno(), t.endColOffset());
            case Ast.List l -> new Ast.List(setCtx(l.elts(), c), c, l.lineno(), l.colOffset(),
                    l.endLineno(), l.endColOffset());
            case Ast.Subscript s -> new Ast.Subscript(s.value(), s.slice(), c, s.lineno(),
                    s.colOffset(), s.endLineno(), s.endColOffset());
            case Ast.Attribute a -> new Ast.Attribute(a.value(), a.attr(), c, a.lineno(),
                    a.colOffset(), a.endLineno(), a.endColOffset());
            case Ast.Starred s -> new Ast.Starred(setCtx(s.value(), c), c, s.lineno(),
                    s.colOffset(), s.endLineno(), s.endColOffset());
            default -> e;
        };
    }

    private static List<Expr> setCtx(List<Expr> elts, ExprContext c) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(setCtx(e, c));
        }
        return out;
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static <T> List<T> prepend(T first, List<T> rest) {
        List<T> out = new ArrayList<>(rest == null ? 1 : rest.size() + 1);
        out.add(first);
        if (rest != null) {
            out.addAll(rest);
        }
        return out;
    }

    private Ast.Constant constant(Object value, int s) {
        return new Ast.Constant(value, null, sl(s), sc(s), el(), ec());
    }

    private Expr numberToken(Token t) {
        Object v;
        try {
            v = Literals.number(t);
        } catch (LiteralError e) {
            throw literalError(e);
        }
        return new Ast.Constant(v, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /** Places a literal's error as CPython does (see LiteralError.Where). */
    private PySyntaxError literalError(LiteralError e) {
        return switch (e.where) {
            case LAST_TOKEN -> raiseError(PySyntaxError.Kind.SyntaxError, e.msg, at(fill - 1));
            case TOKEN -> errorAt(e.token, e.msg);
            case TOKEN_LINES_ONLY -> new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    start == Start.FSTRING ? "f-string: " + e.msg : e.msg, filename, e.token.lineno(),
                    0, tokenizer.errorLine(e.token.lineno()), e.token.endLineno(), 0);
        };
    }

    /** The fstring start rule's entry, called back by Literals for each replacement field. */
    private Expr parseFStringExpr(String source, int startLineno, int startCol) {
        Tokenizer t = new Tokenizer(source, filename, startLineno, startCol);
        return (Expr) new PegParser(t, filename, Start.FSTRING, startCol).run();
    }

    // ---------------------------------------------------------------------------------------------
    // Start rules

    private Ast.Module fileRule() {
        List<Stmt> body = statements();
        if (!accept(ENDMARKER)) {
            return null;
        }
        return new Ast.Module(orEmpty(body), List.of());
    }

    private Ast.Interactive interactiveRule() {
        List<Stmt> body = statementNewline();
        return body == null ? null : new Ast.Interactive(body);
    }

    private Ast.Expression evalRule() {
        Expr e = expressions();
        if (e == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // NEWLINE*
        }
        if (!accept(ENDMARKER)) {
            return null;
        }
        return new Ast.Expression(e);
    }

    private Ast.FunctionType funcTypeRule() {
        if (!accept(LPAR)) {
            return null;
        }
        List<Expr> argtypes = typeExpressions();
        if (!accept(RPAR) || !accept(RARROW)) {
            return null;
        }
        Expr ret = expression();
        if (ret == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // NEWLINE*
        }
        if (!accept(ENDMARKER)) {
            return null;
        }
        return new Ast.FunctionType(orEmpty(argtypes), ret);
    }

    /** type_expressions: the star and double-star markers are accepted and dropped. */
    private List<Expr> typeExpressions() {
        int s = mark;
        List<Expr> a = gatherExpressions();
        if (a != null) {
            int m = mark;
            if (accept(COMMA)) {
                if (accept(STAR)) {
                    Expr b = expression();
                    if (b != null) {
                        int m2 = mark;
                        if (accept(COMMA) && accept(DOUBLESTAR)) {
                            Expr c = expression();
                            if (c != null) {
                                a.add(b);
                                a.add(c);
                                return a;
                            }
                        }
                        mark = m2;
                        a.add(b);
                        return a;
                    }
                } else if (accept(DOUBLESTAR)) {
                    Expr b = expression();
                    if (b != null) {
                        a.add(b);
                        return a;
                    }
                }
            }
            mark = m;
            return a;
        }
        mark = s;
        if (accept(STAR)) {
            Expr a1 = expression();
            if (a1 != null) {
                int m = mark;
                if (accept(COMMA) && accept(DOUBLESTAR)) {
                    Expr b = expression();
                    if (b != null) {
                        return new ArrayList<>(List.of(a1, b));
                    }
                }
                mark = m;
                return new ArrayList<>(List.of(a1));
            }
            mark = s;
            return null;
        }
        if (accept(DOUBLESTAR)) {
            Expr a1 = expression();
            if (a1 != null) {
                return new ArrayList<>(List.of(a1));
            }
            mark = s;
        }
        return null;
    }

    private List<Expr> gatherExpressions() {
        Expr e = expression();
        if (e == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(e);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr n = expression();
            if (n == null) {
                mark = m;
                break;
            }
            out.add(n);
        }
        return out;
    }

    private List<Stmt> statementNewline() {
        int s = mark;
        if (isCompoundStart()) {
            Stmt c = compoundStmt();
            if (c != null && accept(NEWLINE)) {
                return List.of(c);
            }
            mark = s;
        }
        List<Stmt> ss = simpleStmts();
        if (ss != null) {
            return ss;
        }
        mark = s;
        if (accept(NEWLINE)) {
            return List.of(new Ast.Pass(sl(s), sc(s), el(), ec()));
        }
        // ENDMARKER: _PyPegen_interactive_exit makes the parse fail.
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Statements

    private List<Stmt> statements() {
        List<Stmt> out = null;
        while (true) {
            int m = mark;
            Stmt c = isCompoundStart() ? compoundStmt() : null;
            if (c != null) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(c);
                continue;
            }
            mark = m;
            List<Stmt> ss = simpleStmts();
            if (ss == null) {
                mark = m;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(ss);
        }
        return out;
    }

    /** Whether compound_stmt can start here (its alternatives' lookaheads plus "match"). */
    private boolean isCompoundStart() {
        return switch (kind()) {
            case DEF, AT, ASYNC, IF, CLASS, WITH, FOR, TRY, WHILE -> true;
            case NAME -> cur().text().equals("match");
            default -> false;
        };
    }

    private Stmt compoundStmt() {
        enter();
        try {
            int s = mark;
            switch (kind()) {
                case AT: {
                    // function_def and class_def both start with decorators: parse them once.
                    Stmt f = decorated();
                    if (f != null) {
                        return f;
                    }
                    mark = s;
                    return null;
                }
                case DEF:
                    return functionDefRaw();
                case ASYNC: {
                    Stmt r = functionDefRaw();
                    if (r != null) {
                        return r;
                    }
                    mark = s;
                    r = withStmt();
                    if (r != null) {
                        return r;
                    }
                    mark = s;
                    r = forStmt();
                    if (r == null) {
                        mark = s;
                    }
                    return r;
                }
                case IF:
                    return ifStmt();
                case CLASS:
                    return classDefRaw();
                case WITH:
                    return withStmt();
                case FOR:
                    return forStmt();
                case TRY:
                    return tryStmt();
                case WHILE:
                    return whileStmt();
                default:
                    return matchStmt();
            }
        } finally {
            leave();
        }
    }

    private Stmt decorated() {
        List<Expr> decos = decorators();
        if (decos == null) {
            return null;
        }
        int m = mark;
        Stmt f = functionDefRaw();
        if (f != null) {
            return switch (f) {
                case Ast.FunctionDef d -> new Ast.FunctionDef(d.name(), d.args(), d.body(), decos,
                        d.returns(), d.typeComment(), d.lineno(), d.colOffset(), d.endLineno(),
                        d.endColOffset());
                case Ast.AsyncFunctionDef d -> new Ast.AsyncFunctionDef(d.name(), d.args(), d.body(),
                        decos, d.returns(), d.typeComment(), d.lineno(), d.colOffset(),
                        d.endLineno(), d.endColOffset());
                default -> throw new IllegalStateException();
            };
        }
        mark = m;
        Stmt c = classDefRaw();
        if (c instanceof Ast.ClassDef d) {
            return new Ast.ClassDef(d.name(), d.bases(), d.keywords(), d.body(), decos, d.lineno(),
                    d.colOffset(), d.endLineno(), d.endColOffset());
        }
        return null;
    }

    private List<Expr> decorators() {
        List<Expr> out = null;
        while (true) {
            int m = mark;
            if (!accept(AT)) {
                break;
            }
            Expr f = namedExpression();
            if (f == null || !accept(NEWLINE)) {
                mark = m;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(f);
        }
        return out;
    }

    private List<Stmt> simpleStmts() {
        int s = mark;
        Stmt a = simpleStmt();
        if (a == null) {
            return null;
        }
        if (!check(SEMI) && accept(NEWLINE)) {
            return List.of(a);
        }
        List<Stmt> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark;
            if (!accept(SEMI)) {
                break;
            }
            Stmt b = simpleStmt();
            if (b == null) {
                mark = m;
                break;
            }
            out.add(b);
        }
        accept(SEMI);
        if (accept(NEWLINE)) {
            return out;
        }
        mark = s;
        return null;
    }

    private Stmt simpleStmt() {
        int s = mark;
        switch (kind()) {
            // None of assignment's or star_expressions' alternatives can start with these keywords.
            case RETURN:
                return returnStmt();
            case IMPORT:
                return importName();
            case FROM:
                return importFrom();
            case RAISE:
                return raiseStmt();
            case PASS:
                mark++;
                return new Ast.Pass(sl(s), sc(s), el(), ec());
            case BREAK:
                mark++;
                return new Ast.Break(sl(s), sc(s), el(), ec());
            case CONTINUE:
                mark++;
                return new Ast.Continue(sl(s), sc(s), el(), ec());
            case DEL:
                return delStmt();
            case ASSERT:
                return assertStmt();
            case GLOBAL:
            case NONLOCAL:
                return globalStmt();
            default:
                break;
        }
        Stmt a = assignment();
        if (a != null) {
            return a;
        }
        mark = s;
        Expr e = starExpressions();
        if (e != null) {
            return new Ast.ExprStmt(e, sl(s), sc(s), el(), ec());
        }
        mark = s;
        if (check(YIELD)) {
            Expr y = yieldExpr();
            if (y != null) {
                return new Ast.ExprStmt(y, sl(s), sc(s), el(), ec());
            }
            mark = s;
        }
        return null;
    }

    private Stmt assignment() {
        int s = mark;
        // NAME ':' expression ['=' annotated_rhs]
        if (check(NAME) && kindAt(1) == COLON) {
            Token n = cur();
            mark += 2;
            Expr b = expression();
            if (b != null) {
                Expr c = optAssignedValue();
                return new Ast.AnnAssign(name(n, ExprContext.Store), b, c, 1, sl(s), sc(s), el(), ec());
            }
            mark = s;
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        Expr a = null;
        if (check(LPAR)) {
            mark++;
            Expr t = singleTarget();
            if (t != null && accept(RPAR)) {
                a = t;
            } else {
                mark = s;
            }
        }
        if (a == null) {
            a = singleSubscriptAttributeTarget();
        }
        if (a != null && accept(COLON)) {
            Expr b = expression();
            if (b != null) {
                Expr c = optAssignedValue();
                return new Ast.AnnAssign(a, b, c, 0, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        List<Expr> targets = null;
        while (true) {
            int m = mark;
            Expr t = starTargets();
            if (t == null || !accept(EQUAL)) {
                mark = m;
                break;
            }
            if (targets == null) {
                targets = new ArrayList<>();
            }
            targets.add(t);
        }
        if (targets != null) {
            Expr v = annotatedRhs();
            if (v != null && !check(EQUAL)) {
                return new Ast.Assign(targets, v, null, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        // single_target augassign ~ (yield_expr | star_expressions)
        Expr t = singleTarget();
        if (t != null) {
            Ast.Operator op = augassign();
            if (op != null) {
                Expr v = annotatedRhs();
                if (v == null) {
                    return null; // the cut: no other alternative of assignment is tried
                }
                return new Ast.AugAssign(t, op, v, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidAssignment();
            mark = s;
        }
        return null;
    }

    private Expr optAssignedValue() {
        int m = mark;
        if (accept(EQUAL)) {
            Expr d = annotatedRhs();
            if (d != null) {
                return d;
            }
        }
        mark = m;
        return null;
    }

    private Expr annotatedRhs() {
        if (check(YIELD)) {
            return yieldExpr();
        }
        return starExpressions();
    }

    private Ast.Operator augassign() {
        Ast.Operator op = switch (kind()) {
            case PLUSEQUAL -> Ast.Operator.Add;
            case MINEQUAL -> Ast.Operator.Sub;
            case STAREQUAL -> Ast.Operator.Mult;
            case ATEQUAL -> Ast.Operator.MatMult;
            case SLASHEQUAL -> Ast.Operator.Div;
            case PERCENTEQUAL -> Ast.Operator.Mod;
            case AMPEREQUAL -> Ast.Operator.BitAnd;
            case VBAREQUAL -> Ast.Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Ast.Operator.BitXor;
            case LEFTSHIFTEQUAL -> Ast.Operator.LShift;
            case RIGHTSHIFTEQUAL -> Ast.Operator.RShift;
            case DOUBLESTAREQUAL -> Ast.Operator.Pow;
            case DOUBLESLASHEQUAL -> Ast.Operator.FloorDiv;
            default -> null;
        };
        if (op != null) {
            mark++;
        }
        return op;
    }

    private Stmt returnStmt() {
        int s = mark;
        mark++;
        Expr a = starExpressions();
        return new Ast.Return(a, sl(s), sc(s), el(), ec());
    }

    private Stmt raiseStmt() {
        int s = mark;
        mark++;
        Expr a = expression();
        if (a != null) {
            Expr b = null;
            int m = mark;
            if (accept(FROM)) {
                b = expression();
                if (b == null) {
                    mark = m;
                }
            }
            return new Ast.Raise(a, b, sl(s), sc(s), el(), ec());
        }
        return new Ast.Raise(null, null, sl(s), sc(s), el(), ec());
    }

    private Stmt globalStmt() {
        int s = mark;
        boolean global = kind() == GLOBAL;
        mark++;
        Token n = expect(NAME);
        if (n == null) {
            mark = s;
            return null;
        }
        List<String> names = new ArrayList<>();
        names.add(ident(n));
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Token n2 = expect(NAME);
            if (n2 == null) {
                mark = m;
                break;
            }
            names.add(ident(n2));
        }
        return global ? new Ast.Global(names, sl(s), sc(s), el(), ec())
                : new Ast.Nonlocal(names, sl(s), sc(s), el(), ec());
    }

    private Stmt delStmt() {
        int s = mark;
        mark++;
        List<Expr> a = delTargets();
        if (a != null && (check(SEMI) || check(NEWLINE))) {
            return new Ast.Delete(a, sl(s), sc(s), el(), ec());
        }
        mark = s;
        if (callInvalidRules) {
            invalidDelStmt();
            mark = s;
        }
        return null;
    }

    private Stmt assertStmt() {
        int s = mark;
        mark++;
        Expr a = expression();
        if (a == null) {
            mark = s;
            return null;
        }
        Expr b = null;
        int m = mark;
        if (accept(COMMA)) {
            b = expression();
            if (b == null) {
                mark = m;
            }
        }
        return new Ast.Assert(a, b, sl(s), sc(s), el(), ec());
    }

    private Stmt importName() {
        int s = mark;
        mark++;
        List<Ast.Alias> names = new ArrayList<>();
        Ast.Alias a = dottedAsName();
        if (a == null) {
            mark = s;
            return null;
        }
        names.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Ast.Alias b = dottedAsName();
            if (b == null) {
                mark = m;
                break;
            }
            names.add(b);
        }
        return new Ast.Import(names, sl(s), sc(s), el(), ec());
    }

    private Ast.Alias dottedAsName() {
        int s = mark;
        String n = dottedName();
        if (n == null) {
            return null;
        }
        String as = null;
        int m = mark;
        if (accept(AS)) {
            Token t = expect(NAME);
            if (t != null) {
                as = ident(t);
            } else {
                mark = m;
            }
        }
        return new Ast.Alias(n, as, sl(s), sc(s), el(), ec());
    }

    private String dottedName() {
        Token t = expect(NAME);
        if (t == null) {
            return null;
        }
        String n = ident(t);
        while (true) {
            int m = mark;
            if (!accept(DOT)) {
                break;
            }
            Token b = expect(NAME);
            if (b == null) {
                mark = m;
                break;
            }
            n = n + "." + ident(b);
        }
        return n;
    }

    private Stmt importFrom() {
        int s = mark;
        mark++;
        int lvl = 0;
        while (true) {
            if (accept(DOT)) {
                lvl += 1;
            } else if (accept(ELLIPSIS)) {
                lvl += 3;
            } else {
                break;
            }
        }
        int afterDots = mark;
        String mod = dottedName();
        if (mod != null && accept(IMPORT)) {
            List<Ast.Alias> t = importFromTargets();
            if (t != null) {
                return new Ast.ImportFrom(mod, t, lvl, sl(s), sc(s), el(), ec());
            }
        }
        mark = afterDots;
        if (afterDots > s + 1 && accept(IMPORT)) {
            List<Ast.Alias> t = importFromTargets();
            if (t != null) {
                return new Ast.ImportFrom(null, t, lvl, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    private List<Ast.Alias> importFromTargets() {
        int s = mark;
        if (accept(LPAR)) {
            List<Ast.Alias> a = importFromAsNames();
            if (a != null) {
                accept(COMMA);
                if (accept(RPAR)) {
                    return a;
                }
            }
            mark = s;
        }
        List<Ast.Alias> a = importFromAsNames();
        if (a != null && !check(COMMA)) {
            return a;
        }
        mark = s;
        if (accept(STAR)) {
            return List.of(new Ast.Alias("*", null, sl(s), sc(s), el(), ec()));
        }
        if (callInvalidRules) {
            // invalid_import_from_targets: import_from_as_names ',' NEWLINE
            if (importFromAsNames() != null && accept(COMMA) && check(NEWLINE)) {
                throw syntaxErrorHere("trailing comma not allowed without surrounding parentheses");
            }
            mark = s;
        }
        return null;
    }

    private List<Ast.Alias> importFromAsNames() {
        Ast.Alias a = importFromAsName();
        if (a == null) {
            return null;
        }
        List<Ast.Alias> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Ast.Alias b = importFromAsName();
            if (b == null) {
                mark = m;
                break;
            }
            out.add(b);
        }
        return out;
    }

    private Ast.Alias importFromAsName() {
        int s = mark;
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        String as = null;
        int m = mark;
        if (accept(AS)) {
            Token t = expect(NAME);
            if (t != null) {
                as = ident(t);
            } else {
                mark = m;
            }
        }
        return new Ast.Alias(ident(n), as, sl(s), sc(s), el(), ec());
    }

    // Compound statements ---------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private List<Stmt> block() {
        int s = mark;
        Object memo = memoGet(M_BLOCK);
        if (memo != null) {
            return memo == FAIL ? null : (List<Stmt>) memo;
        }
        List<Stmt> r = blockRaw();
        memoPut(M_BLOCK, s, r);
        return r;
    }

    private List<Stmt> blockRaw() {
        int s = mark;
        if (accept(NEWLINE)) {
            if (accept(INDENT)) {
                List<Stmt> a = statements();
                if (a != null && accept(DEDENT)) {
                    return a;
                }
            }
            mark = s;
        }
        List<Stmt> ss = simpleStmts();
        if (ss != null) {
            return ss;
        }
        mark = s;
        if (callInvalidRules) {
            // invalid_block: NEWLINE !INDENT
            if (accept(NEWLINE) && !check(INDENT)) {
                throw indentationErrorHere("expected an indented block");
            }
            mark = s;
        }
        return null;
    }

    /** Raises "expected an indented block after ..." if a ':' NEWLINE is not followed by INDENT. */
    private void checkIndentAfter(String what, Token kw) {
        if (accept(NEWLINE) && !check(INDENT)) {
            throw indentationErrorHere("expected an indented block after " + what + " on line "
                    + kw.lineno());
        }
    }

    private Stmt classDefRaw() {
        int s = mark;
        if (callInvalidRules) {
            invalidClassDefRaw();
            mark = s;
        }
        if (!accept(CLASS)) {
            return null;
        }
        Token n = expect(NAME);
        if (n != null) {
            CallArgs args = null;
            int m = mark;
            if (accept(LPAR)) {
                args = arguments();
                if (args == null) {
                    args = CallArgs.EMPTY;
                }
                if (!accept(RPAR)) {
                    args = null;
                    mark = m;
                }
            }
            if (accept(COLON)) {
                List<Stmt> b = block();
                if (b != null) {
                    return new Ast.ClassDef(ident(n), args == null ? List.of() : args.args,
                            args == null ? List.of() : args.keywords, b, List.of(), sl(s), sc(s),
                            el(), ec());
                }
            }
        }
        mark = s;
        return null;
    }

    private void invalidClassDefRaw() {
        int s = mark;
        Token a = expect(CLASS);
        if (a == null || expect(NAME) == null) {
            mark = s;
            return;
        }
        int m = mark;
        if (accept(LPAR)) {
            arguments();
            if (!accept(RPAR)) {
                mark = m;
            }
        }
        if (check(NEWLINE)) {
            mark++;
            throw syntaxErrorHere("expected ':'");
        }
        if (accept(COLON)) {
            checkIndentAfter("class definition", a);
        }
        mark = s;
    }

    private Stmt functionDefRaw() {
        int s = mark;
        if (callInvalidRules) {
            invalidDefRaw();
            mark = s;
        }
        boolean async = accept(ASYNC);
        if (!accept(DEF)) {
            mark = s;
            return null;
        }
        Token n = expect(NAME);
        if (n != null) {
            expectForced(LPAR);
            Ast.Arguments params = params();
            if (accept(RPAR)) {
                Expr ret = null;
                int m = mark;
                if (accept(RARROW)) {
                    ret = expression();
                    if (ret == null) {
                        mark = m;
                    }
                }
                expectForced(COLON);
                funcTypeComment();
                List<Stmt> b = block();
                if (b != null) {
                    Ast.Arguments args = params != null ? params : emptyArguments();
                    return async
                            ? new Ast.AsyncFunctionDef(ident(n), args, b, List.of(), ret, null, sl(s),
                                    sc(s), el(), ec())
                            : new Ast.FunctionDef(ident(n), args, b, List.of(), ret, null, sl(s),
                                    sc(s), el(), ec());
                }
            }
        }
        mark = s;
        return null;
    }

    /** [func_type_comment]: never matches (no TYPE_COMMENT tokens), but looks at what pegen looks at. */
    private void funcTypeComment() {
        if (check(NEWLINE)) {
            kindAt(1);
        }
    }

    private void invalidDefRaw() {
        int s = mark;
        accept(ASYNC);
        Token a = expect(DEF);
        if (a != null && expect(NAME) != null && accept(LPAR)) {
            params();
            if (accept(RPAR)) {
                int m = mark;
                if (!(accept(RARROW) && expression() != null)) {
                    mark = m;
                }
                if (accept(COLON)) {
                    checkIndentAfter("function definition", a);
                }
            }
        }
        mark = s;
    }

    private Stmt ifStmt() {
        int s = mark;
        if (callInvalidRules) {
            invalidIfStmt(IF, "'if' statement");
            mark = s;
        }
        return ifTail(s);
    }

    /** 'if'/'elif' named_expression ':' block (elif_stmt | [else_block]). */
    private Stmt ifTail(int s) {
        mark++;
        Expr a = namedExpression();
        if (a != null && accept(COLON)) {
            List<Stmt> b = block();
            if (b != null) {
                int m = mark;
                if (check(ELIF)) {
                    Stmt c = elifStmt();
                    if (c != null) {
                        return new Ast.If(a, b, List.of(c), sl(s), sc(s), el(), ec());
                    }
                    mark = m;
                }
                List<Stmt> c = elseBlock();
                return new Ast.If(a, b, orEmpty(c), sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    private Stmt elifStmt() {
        int s = mark;
        if (callInvalidRules) {
            invalidIfStmt(ELIF, "'elif' statement");
            mark = s;
        }
        return ifTail(s);
    }

    /** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt. */
    private void invalidIfStmt(TokenKind kw, String what) {
        int s = mark;
        Token a = expect(kw);
        if (a != null && namedExpression() != null) {
            if (check(NEWLINE)) {
                mark++;
                throw syntaxErrorHere("expected ':'");
            }
            if (accept(COLON)) {
                checkIndentAfter(what, a);
            }
        }
        mark = s;
    }

    private List<Stmt> elseBlock() {
        int s = mark;
        if (callInvalidRules) {
            Token a = expect(ELSE);
            if (a != null && accept(COLON)) {
                checkIndentAfter("'else' statement", a);
            }
            mark = s;
        }
        if (!accept(ELSE)) {
            return null;
        }
        expectForced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            mark = s;
        }
        return b;
    }

    private Stmt whileStmt() {
        int s = mark;
        if (callInvalidRules) {
            invalidIfStmt(WHILE, "'while' statement");
            mark = s;
        }
        mark++;
        Expr a = namedExpression();
        if (a != null && accept(COLON)) {
            List<Stmt> b = block();
            if (b != null) {
                List<Stmt> c = elseBlock();
                return new Ast.While(a, b, orEmpty(c), sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    private Stmt forStmt() {
        int s = mark;
        if (callInvalidRules) {
            invalidForStmt();
            mark = s;
        }
        boolean async = accept(ASYNC);
        if (accept(FOR)) {
            Expr t = starTargets();
            if (t != null && accept(IN)) {
                // cut: from here on a failure fails for_stmt
                Expr ex = starExpressions();
                if (ex == null || !accept(COLON)) {
                    mark = s;
                    return null;
                }
                List<Stmt> b = block();
                if (b == null) {
                    mark = s;
                    return null;
                }
                List<Stmt> el = elseBlock();
                return async
                        ? new Ast.AsyncFor(t, ex, b, orEmpty(el), null, sl(s), sc(s), el(), ec())
                        : new Ast.For(t, ex, b, orEmpty(el), null, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidForTarget();
            mark = s;
        }
        return null;
    }

    private void invalidForStmt() {
        int s = mark;
        accept(ASYNC);
        Token a = expect(FOR);
        if (a != null && starTargets() != null && accept(IN) && starExpressions() != null) {
            if (check(NEWLINE)) {
                mark++;
                throw syntaxErrorHere("expected ':'");
            }
            if (accept(COLON)) {
                checkIndentAfter("'for' statement", a);
            }
        }
        mark = s;
    }

    private Stmt withStmt() {
        int s = mark;
        if (callInvalidRules) {
            invalidWithStmtIndent();
            mark = s;
        }
        boolean async = accept(ASYNC);
        if (accept(WITH)) {
            int m = mark;
            if (accept(LPAR)) {
                List<Ast.WithItem> items = withItems();
                if (items != null) {
                    accept(COMMA);
                    if (accept(RPAR) && accept(COLON)) {
                        List<Stmt> b = block();
                        if (b != null) {
                            return async ? new Ast.AsyncWith(items, b, null, sl(s), sc(s), el(), ec())
                                    : new Ast.With(items, b, null, sl(s), sc(s), el(), ec());
                        }
                    }
                }
            }
            mark = m;
            List<Ast.WithItem> items = withItems();
            if (items != null && accept(COLON)) {
                List<Stmt> b = block();
                if (b != null) {
                    return async ? new Ast.AsyncWith(items, b, null, sl(s), sc(s), el(), ec())
                            : new Ast.With(items, b, null, sl(s), sc(s), el(), ec());
                }
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidWithStmt();
            mark = s;
        }
        return null;
    }

    private List<Ast.WithItem> withItems() {
        Ast.WithItem a = withItem();
        if (a == null) {
            return null;
        }
        List<Ast.WithItem> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Ast.WithItem b = withItem();
            if (b == null) {
                mark = m;
                break;
            }
            out.add(b);
        }
        return out;
    }

    private Ast.WithItem withItem() {
        int s = mark;
        Expr e = expression();
        if (e == null) {
            return null;
        }
        int afterE = mark;
        if (accept(AS)) {
            Expr t = starTarget();
            if (t != null && (check(COMMA) || check(RPAR) || check(COLON))) {
                return new Ast.WithItem(e, t);
            }
        }
        if (callInvalidRules) {
            // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
            mark = afterE;
            if (accept(AS)) {
                Expr t = expression();
                if (t != null && (check(COMMA) || check(RPAR) || check(COLON))) {
                    PySyntaxError err = invalidTarget(TargetsType.STAR_TARGETS, t);
                    if (err != null) {
                        throw err;
                    }
                }
            }
            mark = s;
            e = expression();
            afterE = mark;
        }
        mark = afterE;
        return new Ast.WithItem(e, null);
    }

    /** The with-item list of invalid_with_stmt(_indent): ','.(expression ['as' star_target])+. */
    private boolean invalidWithItems(boolean parenthesized) {
        int count = 0;
        while (true) {
            int m = mark;
            if (count > 0 && !accept(COMMA)) {
                break;
            }
            Expr e = parenthesized ? expressions() : expression();
            if (e == null) {
                mark = m;
                break;
            }
            int m2 = mark;
            if (!(accept(AS) && starTarget() != null)) {
                mark = m2;
            }
            count++;
        }
        return count > 0;
    }

    private void invalidWithStmt() {
        int s = mark;
        accept(ASYNC);
        if (accept(WITH)) {
            int m = mark;
            if (invalidWithItems(false) && check(NEWLINE)) {
                mark++;
                throw syntaxErrorHere("expected ':'");
            }
            mark = m;
            if (accept(LPAR) && invalidWithItems(true)) {
                accept(COMMA);
                if (accept(RPAR) && check(NEWLINE)) {
                    mark++;
                    throw syntaxErrorHere("expected ':'");
                }
            }
        }
        mark = s;
    }

    private void invalidWithStmtIndent() {
        int s = mark;
        accept(ASYNC);
        Token a = expect(WITH);
        if (a != null) {
            int m = mark;
            if (invalidWithItems(false) && accept(COLON)) {
                checkIndentAfter("'with' statement", a);
            }
            mark = m;
            if (accept(LPAR) && invalidWithItems(true)) {
                accept(COMMA);
                if (accept(RPAR) && accept(COLON)) {
                    checkIndentAfter("'with' statement", a);
                }
            }
        }
        mark = s;
    }

    private Stmt tryStmt() {
        int s = mark;
        if (callInvalidRules) {
            invalidTryStmt();
            mark = s;
        }
        mark++;
        expectForced(COLON);
        List<Stmt> b = block();
        if (b != null) {
            int m = mark;
            List<Stmt> f = finallyBlock();
            if (f != null) {
                return new Ast.Try(b, List.of(), List.of(), f, sl(s), sc(s), el(), ec());
            }
            mark = m;
            List<Ast.ExceptHandlerNode> ex = null;
            while (true) {
                Ast.ExceptHandlerNode h = exceptBlock();
                if (h == null) {
                    break;
                }
                if (ex == null) {
                    ex = new ArrayList<>();
                }
                ex.add(h);
            }
            if (ex != null) {
                List<Stmt> el = elseBlock();
                List<Stmt> fin = finallyBlock();
                return new Ast.Try(b, ex, orEmpty(el), orEmpty(fin), sl(s), sc(s), el(), ec());
            }
            mark = m;
            while (true) {
                Ast.ExceptHandlerNode h = exceptStarBlock();
                if (h == null) {
                    break;
                }
                if (ex == null) {
                    ex = new ArrayList<>();
                }
                ex.add(h);
            }
            if (ex != null) {
                List<Stmt> el = elseBlock();
                List<Stmt> fin = finallyBlock();
                return new Ast.TryStar(b, ex, orEmpty(el), orEmpty(fin), sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    private void invalidTryStmt() {
        int s = mark;
        Token a = expect(TRY);
        if (a == null) {
            return;
        }
        if (accept(COLON)) {
            if (check(NEWLINE)) {
                int m = mark;
                checkIndentAfter("'try' statement", a);
                mark = m;
            }
            int afterColon = mark;
            if (block() != null && !check(EXCEPT) && !check(FINALLY)) {
                throw syntaxErrorHere("expected 'except' or 'finally' block");
            }
            // 'try' ':' block* except_block+ 'except' '*' ... / except_star_block+ 'except' ...
            mark = afterColon;
            while (block() != null) {
                // block*
            }
            int afterBlocks = mark;
            int n = 0;
            while (exceptBlock() != null) {
                n++;
            }
            if (n > 0) {
                Token e = expect(EXCEPT);
                if (e != null) {
                    Token star = expect(STAR);
                    if (star != null && expression() != null) {
                        int m = mark;
                        if (!(accept(AS) && accept(NAME))) {
                            mark = m;
                        }
                        if (check(COLON)) {
                            mark++;
                            throw errorRange(e, star,
                                    "cannot have both 'except' and 'except*' on the same 'try'");
                        }
                    }
                }
            }
            mark = afterBlocks;
            n = 0;
            while (exceptStarBlock() != null) {
                n++;
            }
            if (n > 0) {
                Token e = expect(EXCEPT);
                if (e != null) {
                    int m = mark;
                    if (expression() != null) {
                        int m2 = mark;
                        if (!(accept(AS) && accept(NAME))) {
                            mark = m2;
                        }
                    } else {
                        mark = m;
                    }
                    if (check(COLON)) {
                        mark++;
                        throw errorAt(e, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
        }
        mark = s;
    }

    private Ast.ExceptHandlerNode exceptBlock() {
        int s = mark;
        if (callInvalidRules) {
            invalidExceptStmtIndent();
            mark = s;
        }
        if (accept(EXCEPT)) {
            int m = mark;
            Expr e = expression();
            if (e != null) {
                String n = optAsName();
                if (accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return new Ast.ExceptHandler(e, n, b, sl(s), sc(s), el(), ec());
                    }
                }
            }
            mark = m;
            if (accept(COLON)) {
                List<Stmt> b = block();
                if (b != null) {
                    return new Ast.ExceptHandler(null, null, b, sl(s), sc(s), el(), ec());
                }
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidExceptStmt();
            mark = s;
        }
        return null;
    }

    private Ast.ExceptHandlerNode exceptStarBlock() {
        int s = mark;
        if (callInvalidRules) {
            Token a = expect(EXCEPT);
            if (a != null && accept(STAR) && expression() != null) {
                optAsName();
                if (accept(COLON)) {
                    checkIndentAfter("'except*' statement", a);
                }
            }
            mark = s;
        }
        if (accept(EXCEPT) && accept(STAR)) {
            Expr e = expression();
            if (e != null) {
                String n = optAsName();
                if (accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return new Ast.ExceptHandler(e, n, b, sl(s), sc(s), el(), ec());
                    }
                }
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidExceptStmt();
            mark = s;
        }
        return null;
    }

    private String optAsName() {
        int m = mark;
        if (accept(AS)) {
            Token t = expect(NAME);
            if (t != null) {
                return ident(t);
            }
        }
        mark = m;
        return null;
    }

    private void invalidExceptStmtIndent() {
        int s = mark;
        Token a = expect(EXCEPT);
        if (a == null) {
            return;
        }
        if (expression() != null) {
            optAsName();
            if (accept(COLON)) {
                checkIndentAfter("'except' statement", a);
            }
        }
        mark = s + 1;
        if (accept(COLON)) {
            checkIndentAfter("'except' statement", a);
        }
        mark = s;
    }

    private void invalidExceptStmt() {
        int s = mark;
        if (!accept(EXCEPT)) {
            return;
        }
        accept(STAR);
        Expr a = expression();
        if (a != null && accept(COMMA) && expressions() != null) {
            optAsName();
            if (check(COLON)) {
                mark++;
                throw errorFrom(a, "multiple exception types must be parenthesized");
            }
        }
        mark = s + 1;
        accept(STAR);
        if (expression() != null) {
            optAsName();
            if (check(NEWLINE)) {
                mark++;
                throw syntaxErrorHere("expected ':'");
            }
        }
        mark = s + 1;
        if (check(NEWLINE)) {
            mark++;
            throw syntaxErrorHere("expected ':'");
        }
        if (accept(STAR) && (check(NEWLINE) || check(COLON))) {
            mark++;
            throw syntaxErrorHere("expected one or more exception types");
        }
        mark = s;
    }

    private List<Stmt> finallyBlock() {
        int s = mark;
        if (callInvalidRules) {
            Token a = expect(FINALLY);
            if (a != null && accept(COLON)) {
                checkIndentAfter("'finally' statement", a);
            }
            mark = s;
        }
        if (!accept(FINALLY)) {
            return null;
        }
        expectForced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            mark = s;
        }
        return b;
    }

    // Match statement -------------------------------------------------------------------------------

    private Stmt matchStmt() {
        int s = mark;
        if (checkSoft("match")) {
            mark++;
            Expr subject = subjectExpr();
            if (subject != null && accept(COLON) && accept(NEWLINE) && accept(INDENT)) {
                List<Ast.MatchCase> cases = null;
                while (true) {
                    Ast.MatchCase c = caseBlock();
                    if (c == null) {
                        break;
                    }
                    if (cases == null) {
                        cases = new ArrayList<>();
                    }
                    cases.add(c);
                }
                if (cases != null && accept(DEDENT)) {
                    return new Ast.Match(subject, cases, sl(s), sc(s), el(), ec());
                }
            }
            mark = s;
            if (callInvalidRules) {
                Token a = expectSoft("match");
                if (subjectExpr() != null) {
                    if (check(NEWLINE)) {
                        mark++;
                        throw syntaxErrorHere("expected ':'");
                    }
                    if (accept(COLON)) {
                        checkIndentAfter("'match' statement", a);
                    }
                }
                mark = s;
            }
        }
        return null;
    }

    private Expr subjectExpr() {
        int s = mark;
        Expr v = starNamedExpression();
        if (v != null && accept(COMMA)) {
            List<Expr> vs = starNamedExpressions();
            return new Ast.Tuple(prepend(v, vs), ExprContext.Load, sl(s), sc(s), el(), ec());
        }
        mark = s;
        return namedExpression();
    }

    private Ast.MatchCase caseBlock() {
        int s = mark;
        if (callInvalidRules) {
            Token a = expectSoft("case");
            if (a != null && patterns() != null) {
                guard();
                if (check(NEWLINE)) {
                    mark++;
                    throw syntaxErrorHere("expected ':'");
                }
                if (accept(COLON)) {
                    checkIndentAfter("'case' statement", a);
                }
            }
            mark = s;
        }
        if (expectSoft("case") != null) {
            Pattern p = patterns();
            if (p != null) {
                Expr g = guard();
                if (accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return new Ast.MatchCase(p, g, b);
                    }
                }
            }
        }
        mark = s;
        return null;
    }

    private Expr guard() {
        int s = mark;
        if (accept(IF)) {
            Expr g = namedExpression();
            if (g != null) {
                return g;
            }
        }
        mark = s;
        return null;
    }

    private Pattern patterns() {
        int s = mark;
        List<Pattern> seq = openSequencePattern();
        if (seq != null) {
            return new Ast.MatchSequence(seq, sl(s), sc(s), el(), ec());
        }
        mark = s;
        return pattern();
    }

    private Pattern pattern() {
        enter();
        try {
            int s = mark;
            Pattern p = orPattern();
            if (p == null) {
                if (callInvalidRules) {
                    invalidAsPattern();
                    mark = s;
                }
                return null;
            }
            int afterOr = mark;
            if (accept(AS)) {
                Token t = patternCaptureTarget();
                if (t != null) {
                    return new Ast.MatchAs(p, ident(t), sl(s), sc(s), el(), ec());
                }
            }
            if (callInvalidRules) {
                mark = s;
                invalidAsPattern();
            }
            mark = afterOr;
            return p;
        } finally {
            leave();
        }
    }

    private void invalidAsPattern() {
        int s = mark;
        if (orPattern() != null && accept(AS)) {
            Token t = cur();
            if (t.kind() == NAME && t.text().equals("_")) {
                throw errorAt(t, "cannot use '_' as a target");
            }
            if (t.kind() != NAME) {
                Expr a = expression();
                if (a != null) {
                    throw errorAt(a, "invalid pattern target");
                }
            }
        }
        mark = s;
    }

    private Pattern orPattern() {
        int s = mark;
        Pattern p = closedPattern();
        if (p == null) {
            return null;
        }
        if (!check(VBAR)) {
            return p;
        }
        List<Pattern> ps = new ArrayList<>();
        ps.add(p);
        while (true) {
            int m = mark;
            if (!accept(VBAR)) {
                break;
            }
            Pattern q = closedPattern();
            if (q == null) {
                mark = m;
                break;
            }
            ps.add(q);
        }
        if (ps.size() == 1) {
            return p;
        }
        return new Ast.MatchOr(ps, sl(s), sc(s), el(), ec());
    }

    private Pattern closedPattern() {
        int s = mark;
        Object memo = memoGet(M_CLOSED_PATTERN);
        if (memo != null) {
            return memo == FAIL ? null : (Pattern) memo;
        }
        Pattern r = closedPatternRaw();
        if (r == null) {
            mark = s;
        }
        memoPut(M_CLOSED_PATTERN, s, r);
        return r;
    }

    private Pattern closedPatternRaw() {
        int s = mark;
        Pattern p = literalPattern();
        if (p != null) {
            return p;
        }
        mark = s;
        Token t = patternCaptureTarget();
        if (t != null) {
            return new Ast.MatchAs(null, ident(t), sl(s), sc(s), el(), ec());
        }
        if (checkSoft("_")) {
            mark++;
            return new Ast.MatchAs(null, null, sl(s), sc(s), el(), ec());
        }
        Expr a = attr();
        if (a != null && !(check(DOT) || check(LPAR) || check(EQUAL))) {
            return new Ast.MatchValue(a, sl(s), sc(s), el(), ec());
        }
        mark = s;
        if (accept(LPAR)) {
            // group_pattern
            Pattern g = pattern();
            if (g != null && accept(RPAR)) {
                return g;
            }
            mark = s;
        }
        p = sequencePattern();
        if (p != null) {
            return p;
        }
        mark = s;
        p = mappingPattern();
        if (p != null) {
            return p;
        }
        mark = s;
        return classPattern();
    }

    private Pattern literalPattern() {
        int s = mark;
        Expr v = signedNumber();
        if (v != null && !(check(PLUS) || check(MINUS))) {
            return new Ast.MatchValue(v, sl(s), sc(s), el(), ec());
        }
        mark = s;
        v = complexNumber();
        if (v != null) {
            return new Ast.MatchValue(v, sl(s), sc(s), el(), ec());
        }
        mark = s;
        switch (kind()) {
            case STRING: {
                Expr str = strings();
                return str == null ? null : new Ast.MatchValue(str, sl(s), sc(s), el(), ec());
            }
            case NONE:
                mark++;
                return new Ast.MatchSingleton(Constants.Singleton.NONE, sl(s), sc(s), el(), ec());
            case TRUE:
                mark++;
                return new Ast.MatchSingleton(Boolean.TRUE, sl(s), sc(s), el(), ec());
            case FALSE:
                mark++;
                return new Ast.MatchSingleton(Boolean.FALSE, sl(s), sc(s), el(), ec());
            default:
                return null;
        }
    }

    private Expr literalExpr() {
        int s = mark;
        Expr v = signedNumber();
        if (v != null && !(check(PLUS) || check(MINUS))) {
            return v;
        }
        mark = s;
        v = complexNumber();
        if (v != null) {
            return v;
        }
        mark = s;
        switch (kind()) {
            case STRING:
                return strings();
            case NONE:
                mark++;
                return constant(Constants.Singleton.NONE, s);
            case TRUE:
                mark++;
                return constant(Boolean.TRUE, s);
            case FALSE:
                mark++;
                return constant(Boolean.FALSE, s);
            default:
                return null;
        }
    }

    private Expr complexNumber() {
        int s = mark;
        Expr real = signedRealNumber();
        if (real == null) {
            return null;
        }
        Ast.Operator op = check(PLUS) ? Ast.Operator.Add : check(MINUS) ? Ast.Operator.Sub : null;
        if (op != null) {
            mark++;
            Token t = expect(NUMBER);
            if (t != null) {
                Expr imag = numberToken(t);
                if (!(imag instanceof Ast.Constant c && c.value() instanceof Constants.Imaginary)) {
                    throw errorAt(imag, "imaginary number required in complex literal");
                }
                return new Ast.BinOp(real, op, imag, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    private Expr signedNumber() {
        int s = mark;
        if (check(NUMBER)) {
            return numberToken(expect(NUMBER));
        }
        if (accept(MINUS)) {
            Token t = expect(NUMBER);
            if (t != null) {
                return new Ast.UnaryOp(Ast.UnaryOpKind.USub, numberToken(t), sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    private Expr signedRealNumber() {
        int s = mark;
        boolean neg = accept(MINUS);
        Token t = expect(NUMBER);
        if (t == null) {
            mark = s;
            return null;
        }
        Expr real = numberToken(t);
        if (real instanceof Ast.Constant c && c.value() instanceof Constants.Imaginary) {
            throw errorAt(real, "real number required in complex literal");
        }
        return neg ? new Ast.UnaryOp(Ast.UnaryOpKind.USub, real, sl(s), sc(s), el(), ec()) : real;
    }

    /** pattern_capture_target: !"_" NAME !('.' | '(' | '='), as its NAME token. */
    private Token patternCaptureTarget() {
        int s = mark;
        Token t = cur();
        if (t.kind() != NAME || t.text().equals("_")) {
            return null;
        }
        mark++;
        if (check(DOT) || check(LPAR) || check(EQUAL)) {
            mark = s;
            return null;
        }
        return t;
    }

    /** name_or_attr: NAME ('.' NAME)*, Load. */
    private Expr nameOrAttr() {
        int s = mark;
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        Expr e = name(n, ExprContext.Load);
        while (true) {
            int m = mark;
            if (!accept(DOT)) {
                break;
            }
            Token b = expect(NAME);
            if (b == null) {
                mark = m;
                break;
            }
            e = new Ast.Attribute(e, ident(b), ExprContext.Load, sl(s), sc(s), el(), ec());
        }
        return e;
    }

    /** attr: a name_or_attr with at least one dot. */
    private Expr attr() {
        int s = mark;
        Expr e = nameOrAttr();
        if (e instanceof Ast.Attribute) {
            return e;
        }
        mark = s;
        return null;
    }

    private Pattern sequencePattern() {
        int s = mark;
        if (accept(LSQB)) {
            List<Pattern> ps = maybeSequencePattern();
            if (accept(RSQB)) {
                return new Ast.MatchSequence(orEmpty(ps), sl(s), sc(s), el(), ec());
            }
            mark = s;
            return null;
        }
        if (accept(LPAR)) {
            List<Pattern> ps = openSequencePattern();
            if (accept(RPAR)) {
                return new Ast.MatchSequence(orEmpty(ps), sl(s), sc(s), el(), ec());
            }
            mark = s;
        }
        return null;
    }

    private List<Pattern> openSequencePattern() {
        int s = mark;
        Pattern p = maybeStarPattern();
        if (p != null && accept(COMMA)) {
            return prepend(p, maybeSequencePattern());
        }
        mark = s;
        return null;
    }

    private List<Pattern> maybeSequencePattern() {
        Pattern p = maybeStarPattern();
        if (p == null) {
            return null;
        }
        List<Pattern> out = new ArrayList<>();
        out.add(p);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Pattern q = maybeStarPattern();
            if (q == null) {
                mark = m;
                break;
            }
            out.add(q);
        }
        accept(COMMA);
        return out;
    }

    private Pattern maybeStarPattern() {
        Pattern p = starPattern();
        return p != null ? p : pattern();
    }

    private Pattern starPattern() {
        int s = mark;
        if (!check(STAR)) {
            return null;
        }
        Object memo = memoGet(M_STAR_PATTERN);
        if (memo != null) {
            return memo == FAIL ? null : (Pattern) memo;
        }
        Pattern r = null;
        mark++;
        Token t = patternCaptureTarget();
        if (t != null) {
            r = new Ast.MatchStar(ident(t), sl(s), sc(s), el(), ec());
        } else if (checkSoft("_")) {
            mark++;
            r = new Ast.MatchStar(null, sl(s), sc(s), el(), ec());
        } else {
            mark = s;
        }
        memoPut(M_STAR_PATTERN, s, r);
        return r;
    }

    private Pattern mappingPattern() {
        int s = mark;
        if (!accept(LBRACE)) {
            return null;
        }
        if (accept(RBRACE)) {
            return new Ast.MatchMapping(List.of(), List.of(), null, sl(s), sc(s), el(), ec());
        }
        int m = mark;
        Token rest = doubleStarPattern();
        if (rest != null) {
            accept(COMMA);
            if (accept(RBRACE)) {
                return new Ast.MatchMapping(List.of(), List.of(), ident(rest), sl(s), sc(s), el(), ec());
            }
        }
        mark = m;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> pats = new ArrayList<>();
        if (itemsPattern(keys, pats)) {
            int m2 = mark;
            if (accept(COMMA)) {
                rest = doubleStarPattern();
                if (rest != null) {
                    accept(COMMA);
                    if (accept(RBRACE)) {
                        return new Ast.MatchMapping(keys, pats, ident(rest), sl(s), sc(s), el(), ec());
                    }
                }
            }
            mark = m2;
            accept(COMMA);
            if (accept(RBRACE)) {
                return new Ast.MatchMapping(keys, pats, null, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    private boolean itemsPattern(List<Expr> keys, List<Pattern> pats) {
        if (!keyValuePattern(keys, pats)) {
            return false;
        }
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            if (!keyValuePattern(keys, pats)) {
                mark = m;
                break;
            }
        }
        return true;
    }

    private boolean keyValuePattern(List<Expr> keys, List<Pattern> pats) {
        int s = mark;
        Expr k = literalExpr();
        if (k == null) {
            mark = s;
            k = attr();
        }
        if (k != null && accept(COLON)) {
            Pattern p = pattern();
            if (p != null) {
                keys.add(k);
                pats.add(p);
                return true;
            }
        }
        mark = s;
        return false;
    }

    private Token doubleStarPattern() {
        int s = mark;
        if (accept(DOUBLESTAR)) {
            Token t = patternCaptureTarget();
            if (t != null) {
                return t;
            }
        }
        mark = s;
        return null;
    }

    private Pattern classPattern() {
        int s = mark;
        Expr cls = nameOrAttr();
        if (cls == null || !accept(LPAR)) {
            mark = s;
            return null;
        }
        int m = mark;
        if (accept(RPAR)) {
            return new Ast.MatchClass(cls, List.of(), List.of(), List.of(), sl(s), sc(s), el(), ec());
        }
        List<Pattern> positional = positionalPatterns();
        if (positional != null) {
            accept(COMMA);
            if (accept(RPAR)) {
                return new Ast.MatchClass(cls, positional, List.of(), List.of(), sl(s), sc(s), el(), ec());
            }
        }
        mark = m;
        List<String> names = new ArrayList<>();
        List<Pattern> kwpats = new ArrayList<>();
        if (keywordPatterns(names, kwpats)) {
            accept(COMMA);
            if (accept(RPAR)) {
                return new Ast.MatchClass(cls, List.of(), names, kwpats, sl(s), sc(s), el(), ec());
            }
        }
        mark = m;
        positional = positionalPatterns();
        if (positional != null && accept(COMMA)) {
            names = new ArrayList<>();
            kwpats = new ArrayList<>();
            if (keywordPatterns(names, kwpats)) {
                accept(COMMA);
                if (accept(RPAR)) {
                    return new Ast.MatchClass(cls, positional, names, kwpats, sl(s), sc(s), el(), ec());
                }
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidClassPattern();
            mark = s;
        }
        return null;
    }

    private void invalidClassPattern() {
        if (nameOrAttr() == null || !accept(LPAR)) {
            return;
        }
        int m = mark;
        // [positional_patterns ','] keyword_patterns ',' a=positional_patterns
        if (!(positionalPatterns() != null && accept(COMMA))) {
            mark = m;
        }
        if (keywordPatterns(new ArrayList<>(), new ArrayList<>()) && accept(COMMA)) {
            List<Pattern> a = positionalPatterns();
            if (a != null) {
                throw errorRange(a.get(0), a.get(a.size() - 1),
                        "positional patterns follow keyword patterns");
            }
        }
    }

    private List<Pattern> positionalPatterns() {
        Pattern p = pattern();
        if (p == null) {
            return null;
        }
        List<Pattern> out = new ArrayList<>();
        out.add(p);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Pattern q = pattern();
            if (q == null) {
                mark = m;
                break;
            }
            out.add(q);
        }
        return out;
    }

    private boolean keywordPatterns(List<String> names, List<Pattern> pats) {
        if (!keywordPattern(names, pats)) {
            return false;
        }
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            if (!keywordPattern(names, pats)) {
                mark = m;
                break;
            }
        }
        return true;
    }

    private boolean keywordPattern(List<String> names, List<Pattern> pats) {
        int s = mark;
        Token n = expect(NAME);
        if (n != null && accept(EQUAL)) {
            Pattern p = pattern();
            if (p != null) {
                names.add(ident(n));
                pats.add(p);
                return true;
            }
        }
        mark = s;
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // Expressions

    Expr expressions() {
        int s = mark;
        Expr a = expression();
        if (a == null) {
            return null;
        }
        if (!check(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr b = expression();
            if (b == null) {
                mark = m;
                break;
            }
            elts.add(b);
        }
        accept(COMMA);
        return new Ast.Tuple(elts, ExprContext.Load, sl(s), sc(s), el(), ec());
    }

    Expr expression() {
        int s = mark;
        Object memo = memoGet(M_EXPRESSION);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        enter();
        Expr r = expressionRaw();
        leave();
        if (r == null) {
            mark = s;
        }
        memoPut(M_EXPRESSION, s, r);
        return r;
    }

    private Expr expressionRaw() {
        int s = mark;
        if (callInvalidRules) {
            invalidExpression();
            mark = s;
            invalidLegacyExpression();
            mark = s;
        }
        Expr a = disjunction();
        if (a == null) {
            return check(LAMBDA) ? lambdef() : null;
        }
        int m = mark;
        if (accept(IF)) {
            Expr b = disjunction();
            if (b != null && accept(ELSE)) {
                Expr c = expression();
                if (c != null) {
                    return new Ast.IfExp(b, a, c, sl(s), sc(s), el(), ec());
                }
            }
            mark = m;
        }
        return a;
    }

    private Expr yieldExpr() {
        int s = mark;
        if (!accept(YIELD)) {
            return null;
        }
        if (accept(FROM)) {
            Expr a = expression();
            if (a != null) {
                return new Ast.YieldFrom(a, sl(s), sc(s), el(), ec());
            }
            mark = s + 1;
        }
        Expr a = starExpressions();
        return new Ast.Yield(a, sl(s), sc(s), el(), ec());
    }

    Expr starExpressions() {
        int s = mark;
        Expr a = starExpression();
        if (a == null) {
            return null;
        }
        if (!check(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr b = starExpression();
            if (b == null) {
                mark = m;
                break;
            }
            elts.add(b);
        }
        accept(COMMA);
        return new Ast.Tuple(elts, ExprContext.Load, sl(s), sc(s), el(), ec());
    }

    private Expr starExpression() {
        int s = mark;
        Object memo = memoGet(M_STAR_EXPRESSION);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        Expr r;
        if (accept(STAR)) {
            Expr a = bitwiseOr();
            if (a != null) {
                r = new Ast.Starred(a, ExprContext.Load, sl(s), sc(s), el(), ec());
            } else {
                mark = s;
                r = null;
            }
        } else {
            r = expression();
        }
        memoPut(M_STAR_EXPRESSION, s, r);
        return r;
    }

    private List<Expr> starNamedExpressions() {
        Expr a = starNamedExpression();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr b = starNamedExpression();
            if (b == null) {
                mark = m;
                break;
            }
            out.add(b);
        }
        accept(COMMA);
        return out;
    }

    private Expr starNamedExpression() {
        int s = mark;
        if (accept(STAR)) {
            Expr a = bitwiseOr();
            if (a != null) {
                return new Ast.Starred(a, ExprContext.Load, sl(s), sc(s), el(), ec());
            }
            mark = s;
            return null;
        }
        return namedExpression();
    }

    private Expr assignmentExpression() {
        int s = mark;
        if (check(NAME) && kindAt(1) == COLONEQUAL) {
            Token n = cur();
            mark += 2;
            Expr b = expression();
            if (b != null) {
                return new Ast.NamedExpr(name(n, ExprContext.Store), b, sl(s), sc(s), el(), ec());
            }
            mark = s;
        }
        return null;
    }

    Expr namedExpression() {
        int s = mark;
        Expr a = assignmentExpression();
        if (a != null) {
            return a;
        }
        if (callInvalidRules) {
            invalidNamedExpression();
            mark = s;
        }
        Expr e = expression();
        if (e != null && !check(COLONEQUAL)) {
            return e;
        }
        mark = s;
        return null;
    }

    private Expr disjunction() {
        int s = mark;
        Object memo = memoGet(M_DISJUNCTION);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        Expr r = boolOp(true);
        memoPut(M_DISJUNCTION, s, r);
        return r;
    }

    /** disjunction (or=true) and conjunction: operand (op operand)+ → BoolOp, or the operand. */
    private Expr boolOp(boolean or) {
        int s = mark;
        Expr a = or ? boolOp(false) : inversion();
        if (a == null) {
            return null;
        }
        TokenKind op = or ? OR : AND;
        if (!check(op)) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (true) {
            int m = mark;
            if (!accept(op)) {
                break;
            }
            Expr b = or ? boolOp(false) : inversion();
            if (b == null) {
                mark = m;
                break;
            }
            values.add(b);
        }
        if (values.size() == 1) {
            return a;
        }
        return new Ast.BoolOp(or ? Ast.BoolOpKind.Or : Ast.BoolOpKind.And, values, sl(s), sc(s), el(), ec());
    }

    private Expr inversion() {
        int s = mark;
        if (accept(NOT)) {
            enter();
            Expr a = inversion();
            leave();
            if (a != null) {
                return new Ast.UnaryOp(Ast.UnaryOpKind.Not, a, sl(s), sc(s), el(), ec());
            }
            mark = s;
            return null;
        }
        return comparison();
    }

    private Expr comparison() {
        int s = mark;
        Expr a = bitwiseOr();
        if (a == null) {
            return null;
        }
        List<Ast.CmpOp> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int m = mark;
            Ast.CmpOp op = switch (kind()) {
                case EQEQUAL -> Ast.CmpOp.Eq;
                case NOTEQUAL -> Ast.CmpOp.NotEq;
                case LESSEQUAL -> Ast.CmpOp.LtE;
                case LESS -> Ast.CmpOp.Lt;
                case GREATEREQUAL -> Ast.CmpOp.GtE;
                case GREATER -> Ast.CmpOp.Gt;
                case IN -> Ast.CmpOp.In;
                case NOT -> kindAt(1) == IN ? Ast.CmpOp.NotIn : null;
                case IS -> kindAt(1) == NOT ? Ast.CmpOp.IsNot : Ast.CmpOp.Is;
                default -> null;
            };
            if (op == null) {
                break;
            }
            mark += (op == Ast.CmpOp.NotIn || op == Ast.CmpOp.IsNot) ? 2 : 1;
            Expr b = bitwiseOr();
            if (b == null) {
                mark = m;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(b);
        }
        if (ops == null) {
            return a;
        }
        return new Ast.Compare(a, ops, comparators, sl(s), sc(s), el(), ec());
    }

    /**
     * Where a binary operator's right operand failed: every enclosing precedence level stops
     * there too (none of them could match that operator), as pegen's left-recursive rules do.
     */
    private int binAbortPos = -1;

    private Expr bitwiseOr() {
        int s = mark;
        Object memo = memoGet(M_BITWISE_OR);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        Expr r = binary(1);
        memoPut(M_BITWISE_OR, s, r);
        return r;
    }

    private static int precedence(TokenKind k) {
        return switch (k) {
            case VBAR -> 1;
            case CIRCUMFLEX -> 2;
            case AMPER -> 3;
            case LEFTSHIFT, RIGHTSHIFT -> 4;
            case PLUS, MINUS -> 5;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 6;
            default -> 0;
        };
    }

    private static Ast.Operator binOperator(TokenKind k) {
        return switch (k) {
            case VBAR -> Ast.Operator.BitOr;
            case CIRCUMFLEX -> Ast.Operator.BitXor;
            case AMPER -> Ast.Operator.BitAnd;
            case LEFTSHIFT -> Ast.Operator.LShift;
            case RIGHTSHIFT -> Ast.Operator.RShift;
            case PLUS -> Ast.Operator.Add;
            case MINUS -> Ast.Operator.Sub;
            case STAR -> Ast.Operator.Mult;
            case SLASH -> Ast.Operator.Div;
            case DOUBLESLASH -> Ast.Operator.FloorDiv;
            case PERCENT -> Ast.Operator.Mod;
            case AT -> Ast.Operator.MatMult;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    /**
     * bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum and term (all left-recursive in the
     * grammar) by precedence climbing: the same trees, positions and tokens looked at, fewer frames.
     */
    private Expr binary(int minPrec) {
        int s = mark;
        Expr left = factor();
        if (left == null) {
            return null;
        }
        while (true) {
            TokenKind k = kind();
            int prec = precedence(k);
            if (prec < minPrec || prec == 0 || mark == binAbortPos) {
                break;
            }
            int m = mark;
            mark++;
            Expr right = prec == 6 ? factor() : binary(prec + 1);
            if (right == null) {
                mark = m;
                binAbortPos = m;
                break;
            }
            left = new Ast.BinOp(left, binOperator(k), right, sl(s), sc(s), el(), ec());
        }
        return left;
    }

    private Expr factor() {
        int s = mark;
        Ast.UnaryOpKind op = switch (kind()) {
            case PLUS -> Ast.UnaryOpKind.UAdd;
            case MINUS -> Ast.UnaryOpKind.USub;
            case TILDE -> Ast.UnaryOpKind.Invert;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        mark++;
        enter();
        Expr a = factor();
        leave();
        if (a == null) {
            mark = s;
            return null;
        }
        return new Ast.UnaryOp(op, a, sl(s), sc(s), el(), ec());
    }

    private Expr power() {
        int s = mark;
        Expr a = awaitPrimary();
        if (a == null) {
            return null;
        }
        int m = mark;
        if (accept(DOUBLESTAR)) {
            enter();
            Expr b = factor();
            leave();
            if (b != null) {
                return new Ast.BinOp(a, Ast.Operator.Pow, b, sl(s), sc(s), el(), ec());
            }
            mark = m;
        }
        return a;
    }

    private Expr awaitPrimary() {
        int s = mark;
        if (accept(AWAIT)) {
            Expr a = primary();
            if (a != null) {
                return new Ast.Await(a, sl(s), sc(s), el(), ec());
            }
            mark = s;
            return null;
        }
        return primary();
    }

    private Expr primary() {
        int s = mark;
        Object memo = memoGet(M_PRIMARY);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        Expr r = primaryRaw();
        memoPut(M_PRIMARY, s, r);
        return r;
    }

    private Expr primaryRaw() {
        int s = mark;
        Expr a = atom();
        if (a == null) {
            return null;
        }
        loop:
        while (true) {
            int m = mark;
            switch (kind()) {
                case DOT: {
                    mark++;
                    Token n = expect(NAME);
                    if (n == null) {
                        mark = m;
                        break loop;
                    }
                    a = new Ast.Attribute(a, ident(n), ExprContext.Load, sl(s), sc(s), el(), ec());
                    break;
                }
                case LPAR: {
                    Expr g = genexp();
                    if (g != null) {
                        a = new Ast.Call(a, List.of(g), List.of(), sl(s), sc(s), el(), ec());
                        break;
                    }
                    mark = m + 1;
                    CallArgs args = arguments();
                    if (!accept(RPAR)) {
                        mark = m;
                        break loop;
                    }
                    a = args == null ? new Ast.Call(a, List.of(), List.of(), sl(s), sc(s), el(), ec())
                            : new Ast.Call(a, args.args, args.keywords, sl(s), sc(s), el(), ec());
                    break;
                }
                case LSQB: {
                    mark++;
                    Expr sl = slices();
                    if (sl == null || !accept(RSQB)) {
                        mark = m;
                        break loop;
                    }
                    a = new Ast.Subscript(a, sl, ExprContext.Load, sl(s), sc(s), el(), ec());
                    break;
                }
                default:
                    break loop;
            }
        }
        return a;
    }

    private Expr slices() {
        int s = mark;
        Expr a = slice();
        if (a != null && !check(COMMA)) {
            return a;
        }
        mark = s;
        List<Expr> elts = null;
        while (true) {
            int m = mark;
            if (elts != null && !accept(COMMA)) {
                break;
            }
            Expr e = slice();
            if (e == null) {
                mark = m + (elts == null ? 0 : 1);
                e = check(STAR) ? starredExpression() : null;
            }
            if (e == null) {
                mark = m;
                break;
            }
            if (elts == null) {
                elts = new ArrayList<>();
            }
            elts.add(e);
        }
        if (elts == null) {
            return null;
        }
        accept(COMMA);
        return new Ast.Tuple(elts, ExprContext.Load, sl(s), sc(s), el(), ec());
    }

    private Expr slice() {
        int s = mark;
        Expr a = expression();
        if (accept(COLON)) {
            Expr b = expression();
            Expr c = null;
            int m = mark;
            if (accept(COLON)) {
                c = expression();
            } else {
                mark = m;
            }
            return new Ast.Slice(a, b, c, sl(s), sc(s), el(), ec());
        }
        mark = s;
        return namedExpression();
    }

    private Expr atom() {
        int s = mark;
        Token t = cur();
        switch (t.kind()) {
            case NAME:
                mark++;
                return name(t, ExprContext.Load);
            case TRUE:
                mark++;
                return constant(Boolean.TRUE, s);
            case FALSE:
                mark++;
                return constant(Boolean.FALSE, s);
            case NONE:
                mark++;
                return constant(Constants.Singleton.NONE, s);
            case STRING:
                return strings();
            case NUMBER:
                mark++;
                return numberToken(t);
            case ELLIPSIS:
                mark++;
                return constant(Constants.Singleton.ELLIPSIS, s);
            case LPAR: {
                enter();
                try {
                    Expr r = tuple();
                    if (r == null) {
                        r = group();
                    }
                    if (r == null) {
                        r = genexp();
                    }
                    return r;
                } finally {
                    leave();
                }
            }
            case LSQB: {
                enter();
                try {
                    Expr r = list();
                    if (r == null) {
                        r = listcomp();
                    }
                    return r;
                } finally {
                    leave();
                }
            }
            case LBRACE: {
                enter();
                try {
                    Expr r = dict();
                    if (r == null) {
                        r = set();
                    }
                    if (r == null) {
                        r = dictcomp();
                    }
                    if (r == null) {
                        r = setcomp();
                    }
                    return r;
                } finally {
                    leave();
                }
            }
            default:
                return null;
        }
    }

    private Expr strings() {
        int s = mark;
        Object memo = memoGet(M_STRINGS);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        while (check(STRING)) {
            mark++;
        }
        Expr r = null;
        if (mark > s) {
            try {
                r = Literals.concatenate(java.util.Arrays.asList(toks).subList(s, mark),
                        this::parseFStringExpr);
            } catch (LiteralError e) {
                throw literalError(e);
            }
        }
        memoPut(M_STRINGS, s, r);
        return r;
    }

    private Expr tuple() {
        int s = mark;
        if (!accept(LPAR)) {
            return null;
        }
        List<Expr> elts = null;
        int m = mark;
        Expr y = starNamedExpression();
        if (y != null && accept(COMMA)) {
            elts = prepend(y, starNamedExpressions());
        } else {
            mark = m;
        }
        if (accept(RPAR)) {
            return new Ast.Tuple(orEmpty(elts), ExprContext.Load, sl(s), sc(s), el(), ec());
        }
        mark = s;
        return null;
    }

    private Expr group() {
        int s = mark;
        if (!accept(LPAR)) {
            return null;
        }
        Expr a = check(YIELD) ? yieldExpr() : namedExpression();
        if (a != null && accept(RPAR)) {
            return a;
        }
        mark = s;
        if (callInvalidRules) {
            invalidGroup();
            mark = s;
        }
        return null;
    }

    private Expr genexp() {
        int s = mark;
        if (!accept(LPAR)) {
            return null;
        }
        Expr a = assignmentExpression();
        if (a == null) {
            a = expression();
            if (a != null && check(COLONEQUAL)) {
                a = null;
            }
        }
        if (a != null) {
            List<Ast.Comprehension> gens = forIfClauses();
            if (gens != null && accept(RPAR)) {
                return new Ast.GeneratorExp(a, gens, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidComprehension();
            mark = s;
        }
        return null;
    }

    private Expr list() {
        int s = mark;
        if (!accept(LSQB)) {
            return null;
        }
        List<Expr> a = starNamedExpressions();
        if (accept(RSQB)) {
            return new Ast.List(orEmpty(a), ExprContext.Load, sl(s), sc(s), el(), ec());
        }
        mark = s;
        return null;
    }

    private Expr listcomp() {
        int s = mark;
        if (accept(LSQB)) {
            Expr a = namedExpression();
            if (a != null) {
                List<Ast.Comprehension> gens = forIfClauses();
                if (gens != null && accept(RSQB)) {
                    return new Ast.ListComp(a, gens, sl(s), sc(s), el(), ec());
                }
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidComprehension();
            mark = s;
        }
        return null;
    }

    private Expr set() {
        int s = mark;
        if (accept(LBRACE)) {
            List<Expr> a = starNamedExpressions();
            if (a != null && accept(RBRACE)) {
                return new Ast.Set(a, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    private Expr setcomp() {
        int s = mark;
        if (accept(LBRACE)) {
            Expr a = namedExpression();
            if (a != null) {
                List<Ast.Comprehension> gens = forIfClauses();
                if (gens != null && accept(RBRACE)) {
                    return new Ast.SetComp(a, gens, sl(s), sc(s), el(), ec());
                }
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidComprehension();
            mark = s;
        }
        return null;
    }

    private Expr dict() {
        int s = mark;
        if (!accept(LBRACE)) {
            return null;
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        int m = mark;
        if (!doubleStarredKvpairs(keys, values)) {
            mark = m;
        }
        if (accept(RBRACE)) {
            return new Ast.Dict(keys, values, sl(s), sc(s), el(), ec());
        }
        mark = s;
        if (callInvalidRules) {
            mark++;
            invalidDoubleStarredKvpairs();
            mark = s;
        }
        return null;
    }

    private boolean doubleStarredKvpairs(List<Expr> keys, List<Expr> values) {
        if (!doubleStarredKvpair(keys, values)) {
            return false;
        }
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            if (!doubleStarredKvpair(keys, values)) {
                mark = m;
                break;
            }
        }
        accept(COMMA);
        return true;
    }

    private boolean doubleStarredKvpair(List<Expr> keys, List<Expr> values) {
        int s = mark;
        if (accept(DOUBLESTAR)) {
            Expr a = bitwiseOr();
            if (a != null) {
                keys.add(null);
                values.add(a);
                return true;
            }
            mark = s;
            return false;
        }
        Expr k = expression();
        if (k != null && accept(COLON)) {
            Expr v = expression();
            if (v != null) {
                keys.add(k);
                values.add(v);
                return true;
            }
        }
        mark = s;
        return false;
    }

    private Expr dictcomp() {
        int s = mark;
        if (accept(LBRACE)) {
            Expr k = expression();
            if (k != null && accept(COLON)) {
                Expr v = expression();
                if (v != null) {
                    List<Ast.Comprehension> gens = forIfClauses();
                    if (gens != null && accept(RBRACE)) {
                        return new Ast.DictComp(k, v, gens, sl(s), sc(s), el(), ec());
                    }
                }
            }
        }
        mark = s;
        if (callInvalidRules) {
            // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
            if (accept(LBRACE)) {
                Token a = expect(DOUBLESTAR);
                if (a != null && bitwiseOr() != null && forIfClauses() != null && check(RBRACE)) {
                    throw errorAt(a, "dict unpacking cannot be used in dict comprehension");
                }
            }
            mark = s;
        }
        return null;
    }

    private List<Ast.Comprehension> forIfClauses() {
        List<Ast.Comprehension> out = null;
        while (true) {
            Ast.Comprehension c = forIfClause();
            if (c == null) {
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(c);
        }
        return out;
    }

    private Ast.Comprehension forIfClause() {
        int s = mark;
        boolean async = accept(ASYNC);
        if (accept(FOR)) {
            Expr t = starTargets();
            if (t != null && accept(IN)) {
                // cut
                Expr it = disjunction();
                if (it == null) {
                    mark = s;
                    return null;
                }
                List<Expr> ifs = new ArrayList<>();
                while (true) {
                    int m = mark;
                    if (!accept(IF)) {
                        break;
                    }
                    Expr c = disjunction();
                    if (c == null) {
                        mark = m;
                        break;
                    }
                    ifs.add(c);
                }
                return new Ast.Comprehension(t, it, ifs, async ? 1 : 0);
            }
        }
        mark = s;
        if (callInvalidRules) {
            invalidForTarget();
            mark = s;
        }
        return null;
    }

    // Call arguments --------------------------------------------------------------------------------

    /** The args and keywords of a call (pegen's dummy Call). */
    record CallArgs(List<Expr> args, List<Ast.Keyword> keywords) {
        static final CallArgs EMPTY = new CallArgs(List.of(), List.of());
    }

    private CallArgs arguments() {
        int s = mark;
        Object memo = memoGet(M_ARGUMENTS);
        if (memo != null) {
            return memo == FAIL ? null : (CallArgs) memo;
        }
        CallArgs r = args();
        if (r != null) {
            accept(COMMA);
            if (!check(RPAR)) {
                r = null;
            }
        }
        if (r == null) {
            mark = s;
            if (callInvalidRules) {
                invalidArguments();
                mark = s;
            }
        }
        memoPut(M_ARGUMENTS, s, r);
        return r;
    }

    /** ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ */
    private List<Expr> positionalArgs() {
        List<Expr> positional = null;
        while (true) {
            int m = mark;
            if (positional != null && !accept(COMMA)) {
                break;
            }
            Expr e = positionalArg();
            if (e == null) {
                mark = m;
                break;
            }
            if (positional == null) {
                positional = new ArrayList<>();
            }
            positional.add(e);
        }
        return positional;
    }

    private CallArgs args() {
        int s = mark;
        List<Expr> positional = positionalArgs();
        if (positional != null) {
            int m = mark;
            List<Object> kw = null;
            if (accept(COMMA)) {
                kw = kwargs();
                if (kw == null) {
                    mark = m;
                }
            }
            List<Ast.Keyword> keywords = new ArrayList<>();
            if (kw != null) {
                for (Object o : kw) {
                    if (o instanceof Ast.Keyword k) {
                        keywords.add(k);
                    } else {
                        positional.add((Expr) o);
                    }
                }
            }
            return new CallArgs(positional, keywords);
        }
        mark = s;
        List<Object> kw = kwargs();
        if (kw == null) {
            return null;
        }
        List<Expr> starred = new ArrayList<>();
        List<Ast.Keyword> keywords = new ArrayList<>();
        for (Object o : kw) {
            if (o instanceof Ast.Keyword k) {
                keywords.add(k);
            } else {
                starred.add((Expr) o);
            }
        }
        return new CallArgs(starred, keywords);
    }

    /** (starred_expression | (assignment_expression | expression !':=') !'=') */
    private Expr positionalArg() {
        int s = mark;
        if (check(STAR)) {
            Expr e = starredExpression();
            if (e != null) {
                return e;
            }
        }
        Expr e = assignmentExpression();
        if (e == null) {
            e = expression();
            if (e != null && check(COLONEQUAL)) {
                e = null;
            }
        }
        if (e == null || check(EQUAL)) {
            mark = s;
            return null;
        }
        return e;
    }

    private Expr starredExpression() {
        int s = mark;
        if (accept(STAR)) {
            Expr a = expression();
            if (a != null) {
                return new Ast.Starred(a, ExprContext.Load, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    /** kwargs: a list of Keyword and Starred. */
    private List<Object> kwargs() {
        int s = mark;
        List<Object> a = kwargGather(false);
        if (a != null) {
            int m = mark;
            if (accept(COMMA)) {
                List<Object> b = kwargGather(true);
                if (b != null) {
                    a.addAll(b);
                    return a;
                }
            }
            mark = m;
            return a;
        }
        mark = s;
        return kwargGather(true);
    }

    private List<Object> kwargGather(boolean doubleStarred) {
        Object a = kwarg(doubleStarred);
        if (a == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Object b = kwarg(doubleStarred);
            if (b == null) {
                mark = m;
                break;
            }
            out.add(b);
        }
        return out;
    }

    /** kwarg_or_starred / kwarg_or_double_starred. */
    private Object kwarg(boolean doubleStarred) {
        int s = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = s;
        }
        if (check(NAME) && kindAt(1) == EQUAL) {
            Token n = cur();
            mark += 2;
            Expr b = expression();
            if (b != null) {
                return new Ast.Keyword(ident(n), b, sl(s), sc(s), el(), ec());
            }
            mark = s;
        }
        if (!doubleStarred) {
            return check(STAR) ? starredExpression() : null;
        }
        if (accept(DOUBLESTAR)) {
            Expr a = expression();
            if (a != null) {
                return new Ast.Keyword(null, a, sl(s), sc(s), el(), ec());
            }
            mark = s;
        }
        return null;
    }

    // Targets ---------------------------------------------------------------------------------------

    private boolean tLookahead() {
        TokenKind k = kind();
        return k == LPAR || k == LSQB || k == DOT;
    }

    private Expr starTargets() {
        int s = mark;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        if (!check(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr b = starTarget();
            if (b == null) {
                mark = m;
                break;
            }
            elts.add(b);
        }
        accept(COMMA);
        return new Ast.Tuple(elts, ExprContext.Store, sl(s), sc(s), el(), ec());
    }

    private Expr starTarget() {
        int s = mark;
        Object memo = memoGet(M_STAR_TARGET);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        enter();
        Expr r;
        if (accept(STAR)) {
            r = null;
            if (!check(STAR)) {
                Expr a = starTarget();
                if (a != null) {
                    r = new Ast.Starred(setCtx(a, ExprContext.Store), ExprContext.Store, sl(s), sc(s),
                            el(), ec());
                }
            }
            if (r == null) {
                mark = s;
            }
        } else {
            r = targetWithStarAtom();
        }
        leave();
        memoPut(M_STAR_TARGET, s, r);
        return r;
    }

    private Expr targetWithStarAtom() {
        int s = mark;
        Object memo = memoGet(M_TARGET_WITH_STAR_ATOM);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        Expr r = subscriptAttributeTarget(ExprContext.Store);
        if (r == null) {
            r = starAtom();
        }
        memoPut(M_TARGET_WITH_STAR_ATOM, s, r);
        return r;
    }

    /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in context ctx. */
    private Expr subscriptAttributeTarget(ExprContext ctx) {
        int s = mark;
        Expr a = tPrimary();
        if (a == null) {
            return null;
        }
        int m = mark;
        if (accept(DOT)) {
            Token n = expect(NAME);
            if (n != null && !tLookahead()) {
                return new Ast.Attribute(a, ident(n), ctx, sl(s), sc(s), el(), ec());
            }
            mark = m;
        } else if (accept(LSQB)) {
            Expr sl = slices();
            if (sl != null && accept(RSQB) && !tLookahead()) {
                return new Ast.Subscript(a, sl, ctx, sl(s), sc(s), el(), ec());
            }
            mark = m;
        }
        mark = s;
        return null;
    }

    private Expr starAtom() {
        int s = mark;
        Token t = cur();
        if (t.kind() == NAME) {
            mark++;
            return name(t, ExprContext.Store);
        }
        if (t.kind() == LPAR) {
            mark++;
            Expr a = targetWithStarAtom();
            if (a != null && accept(RPAR)) {
                return setCtx(a, ExprContext.Store);
            }
            mark = s + 1;
            List<Expr> elts = starTargetsTupleSeq();
            if (accept(RPAR)) {
                return new Ast.Tuple(orEmpty(elts), ExprContext.Store, sl(s), sc(s), el(), ec());
            }
            mark = s;
            return null;
        }
        if (t.kind() == LSQB) {
            mark++;
            List<Expr> elts = starTargetsListSeq();
            if (accept(RSQB)) {
                return new Ast.List(orEmpty(elts), ExprContext.Store, sl(s), sc(s), el(), ec());
            }
            mark = s;
        }
        return null;
    }

    private List<Expr> starTargetsListSeq() {
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr b = starTarget();
            if (b == null) {
                mark = m;
                break;
            }
            out.add(b);
        }
        accept(COMMA);
        return out;
    }

    private List<Expr> starTargetsTupleSeq() {
        int s = mark;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr b = starTarget();
            if (b == null) {
                mark = m;
                break;
            }
            out.add(b);
        }
        if (out.size() > 1) {
            accept(COMMA);
            return out;
        }
        if (accept(COMMA)) {
            return out;
        }
        mark = s;
        return null;
    }

    private Expr singleTarget() {
        int s = mark;
        Expr a = singleSubscriptAttributeTarget();
        if (a != null) {
            return a;
        }
        Token t = cur();
        if (t.kind() == NAME) {
            mark++;
            return name(t, ExprContext.Store);
        }
        if (accept(LPAR)) {
            Expr b = singleTarget();
            if (b != null && accept(RPAR)) {
                return b;
            }
            mark = s;
        }
        return null;
    }

    private Expr singleSubscriptAttributeTarget() {
        return subscriptAttributeTarget(ExprContext.Store);
    }

    private Expr tPrimary() {
        int s = mark;
        Object memo = memoGet(M_T_PRIMARY);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        Expr r = tPrimaryRaw();
        if (r == null) {
            mark = s;
        }
        memoPut(M_T_PRIMARY, s, r);
        return r;
    }

    private Expr tPrimaryRaw() {
        int s = mark;
        Expr a = atom();
        if (a == null || !tLookahead()) {
            return null;
        }
        loop:
        while (true) {
            int m = mark;
            switch (kind()) {
                case DOT: {
                    mark++;
                    Token n = expect(NAME);
                    if (n != null && tLookahead()) {
                        a = new Ast.Attribute(a, ident(n), ExprContext.Load, sl(s), sc(s), el(), ec());
                        continue loop;
                    }
                    mark = m;
                    break loop;
                }
                case LSQB: {
                    mark++;
                    Expr sl = slices();
                    if (sl != null && accept(RSQB) && tLookahead()) {
                        a = new Ast.Subscript(a, sl, ExprContext.Load, sl(s), sc(s), el(), ec());
                        continue loop;
                    }
                    mark = m;
                    break loop;
                }
                case LPAR: {
                    Expr g = genexp();
                    if (g != null && tLookahead()) {
                        a = new Ast.Call(a, List.of(g), List.of(), sl(s), sc(s), el(), ec());
                        continue loop;
                    }
                    mark = m + 1;
                    CallArgs args = arguments();
                    if (accept(RPAR) && tLookahead()) {
                        a = args == null ? new Ast.Call(a, List.of(), List.of(), sl(s), sc(s), el(), ec())
                                : new Ast.Call(a, args.args, args.keywords, sl(s), sc(s), el(), ec());
                        continue loop;
                    }
                    mark = m;
                    break loop;
                }
                default:
                    break loop;
            }
        }
        return a;
    }

    private List<Expr> delTargets() {
        Expr a = delTarget();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            Expr b = delTarget();
            if (b == null) {
                mark = m;
                break;
            }
            out.add(b);
        }
        accept(COMMA);
        return out;
    }

    private Expr delTarget() {
        int s = mark;
        Object memo = memoGet(M_DEL_TARGET);
        if (memo != null) {
            return memo == FAIL ? null : (Expr) memo;
        }
        enter();
        Expr r = subscriptAttributeTarget(ExprContext.Del);
        if (r == null) {
            r = delTAtom();
        }
        leave();
        memoPut(M_DEL_TARGET, s, r);
        return r;
    }

    private Expr delTAtom() {
        int s = mark;
        Token t = cur();
        if (t.kind() == NAME) {
            mark++;
            return name(t, ExprContext.Del);
        }
        if (t.kind() == LPAR) {
            mark++;
            Expr a = delTarget();
            if (a != null && accept(RPAR)) {
                return setCtx(a, ExprContext.Del);
            }
            mark = s + 1;
            List<Expr> elts = delTargets();
            if (accept(RPAR)) {
                return new Ast.Tuple(orEmpty(elts), ExprContext.Del, sl(s), sc(s), el(), ec());
            }
            mark = s;
            return null;
        }
        if (t.kind() == LSQB) {
            mark++;
            List<Expr> elts = delTargets();
            if (accept(RSQB)) {
                return new Ast.List(orEmpty(elts), ExprContext.Del, sl(s), sc(s), el(), ec());
            }
            mark = s;
        }
        return null;
    }

    // Lambda and parameters -------------------------------------------------------------------------

    private Expr lambdef() {
        int s = mark;
        if (!accept(LAMBDA)) {
            return null;
        }
        Ast.Arguments a = lambdaParams();
        if (accept(COLON)) {
            Expr b = expression();
            if (b != null) {
                return new Ast.Lambda(a != null ? a : emptyArguments(), b, sl(s), sc(s), el(), ec());
            }
        }
        mark = s;
        return null;
    }

    static Ast.Arguments emptyArguments() {
        return new Ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    private record NameDefault(Arg arg, Expr value) {}

    private record SlashWithDefault(List<Arg> plain, List<NameDefault> withDefaults) {}

    private record StarEtc(Arg vararg, List<NameDefault> kwonly, Arg kwarg) {}

    private Ast.Arguments params() {
        int s = mark;
        if (callInvalidRules) {
            invalidParameters(false);
            mark = s;
        }
        return parameters(false);
    }

    private Ast.Arguments lambdaParams() {
        int s = mark;
        if (callInvalidRules) {
            invalidParameters(true);
            mark = s;
        }
        return parameters(true);
    }

    /** parameters / lambda_parameters. */
    private Ast.Arguments parameters(boolean lambda) {
        int s = mark;
        List<Arg> a = slashNoDefault(lambda);
        if (a != null) {
            List<Arg> b = paramNoDefaultStar(lambda);
            List<NameDefault> c = paramWithDefaultStar(lambda);
            StarEtc d = starEtc(lambda);
            return makeArguments(a, null, b, c, d);
        }
        mark = s;
        SlashWithDefault swd = slashWithDefault(lambda);
        if (swd != null) {
            List<NameDefault> b = paramWithDefaultStar(lambda);
            StarEtc c = starEtc(lambda);
            return makeArguments(null, swd, null, b, c);
        }
        mark = s;
        List<Arg> plain = paramNoDefaultStar(lambda);
        if (!plain.isEmpty()) {
            List<NameDefault> b = paramWithDefaultStar(lambda);
            StarEtc c = starEtc(lambda);
            return makeArguments(null, null, plain, b, c);
        }
        mark = s;
        List<NameDefault> wd = paramWithDefaultStar(lambda);
        if (!wd.isEmpty()) {
            StarEtc b = starEtc(lambda);
            return makeArguments(null, null, null, wd, b);
        }
        mark = s;
        StarEtc se = starEtc(lambda);
        if (se != null) {
            return makeArguments(null, null, null, null, se);
        }
        mark = s;
        return null;
    }

    /** pegen's _PyPegen_make_arguments. */
    private static Ast.Arguments makeArguments(List<Arg> slashWithout, SlashWithDefault slashWith,
            List<Arg> plain, List<NameDefault> withDefault, StarEtc star) {
        List<Arg> posonly;
        if (slashWithout != null) {
            posonly = slashWithout;
        } else if (slashWith != null) {
            posonly = new ArrayList<>(slashWith.plain);
            for (NameDefault nd : slashWith.withDefaults) {
                posonly.add(nd.arg);
            }
        } else {
            posonly = List.of();
        }
        List<Arg> posargs = new ArrayList<>();
        if (plain != null) {
            posargs.addAll(plain);
        }
        if (withDefault != null) {
            for (NameDefault nd : withDefault) {
                posargs.add(nd.arg);
            }
        }
        List<Expr> defaults = new ArrayList<>();
        if (slashWith != null) {
            for (NameDefault nd : slashWith.withDefaults) {
                defaults.add(nd.value);
            }
        }
        if (withDefault != null) {
            for (NameDefault nd : withDefault) {
                defaults.add(nd.value);
            }
        }
        Arg vararg = null;
        Arg kwarg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        if (star != null) {
            vararg = star.vararg;
            kwarg = star.kwarg;
            if (star.kwonly != null) {
                for (NameDefault nd : star.kwonly) {
                    kwonly.add(nd.arg);
                    kwDefaults.add(nd.value);
                }
            }
        }
        return new Ast.Arguments(posonly, posargs, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** The lookahead that ends a parameter list without a trailing comma. */
    private boolean atParamsEnd(boolean lambda) {
        return check(lambda ? COLON : RPAR);
    }

    private Arg param(boolean lambda) {
        int s = mark;
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        Expr ann = null;
        if (!lambda) {
            int m = mark;
            if (accept(COLON)) {
                ann = expression();
                if (ann == null) {
                    mark = m;
                }
            }
        }
        return new Arg(ident(n), ann, null, sl(s), sc(s), el(), ec());
    }

    private Arg paramNoDefault(boolean lambda) {
        int s = mark;
        Arg a = param(lambda);
        if (a == null) {
            return null;
        }
        if (accept(COMMA) || atParamsEnd(lambda)) {
            return a;
        }
        mark = s;
        return null;
    }

    private List<Arg> paramNoDefaultStar(boolean lambda) {
        List<Arg> out = new ArrayList<>();
        while (true) {
            Arg a = paramNoDefault(lambda);
            if (a == null) {
                return out;
            }
            out.add(a);
        }
    }

    private Expr defaultValue() {
        int s = mark;
        if (accept(EQUAL)) {
            Expr e = expression();
            if (e != null) {
                return e;
            }
        }
        mark = s;
        if (callInvalidRules) {
            // invalid_default: '=' &(')'|',')
            Token a = expect(EQUAL);
            if (a != null && (check(RPAR) || check(COMMA))) {
                throw errorAt(a, "expected default value expression");
            }
            mark = s;
        }
        return null;
    }

    /** param_with_default (maybe=false) / param_maybe_default (maybe=true). */
    private NameDefault paramWithDefault(boolean lambda, boolean maybe) {
        int s = mark;
        Arg a = param(lambda);
        if (a == null) {
            return null;
        }
        Expr d = defaultValue();
        if (d == null && !maybe) {
            mark = s;
            return null;
        }
        if (accept(COMMA) || atParamsEnd(lambda)) {
            return new NameDefault(a, d);
        }
        mark = s;
        return null;
    }

    private List<NameDefault> paramWithDefaultStar(boolean lambda) {
        List<NameDefault> out = new ArrayList<>();
        while (true) {
            NameDefault a = paramWithDefault(lambda, false);
            if (a == null) {
                return out;
            }
            out.add(a);
        }
    }

    private List<NameDefault> paramMaybeDefaultStar(boolean lambda) {
        List<NameDefault> out = new ArrayList<>();
        while (true) {
            NameDefault a = paramWithDefault(lambda, true);
            if (a == null) {
                return out;
            }
            out.add(a);
        }
    }

    /** The '/' then (',' | &')') that ends a positional-only section. */
    private boolean slashEnd(boolean lambda) {
        int s = mark;
        if (accept(SLASH) && (accept(COMMA) || atParamsEnd(lambda))) {
            return true;
        }
        mark = s;
        return false;
    }

    private List<Arg> slashNoDefault(boolean lambda) {
        int s = mark;
        List<Arg> a = paramNoDefaultStar(lambda);
        if (!a.isEmpty() && slashEnd(lambda)) {
            return a;
        }
        mark = s;
        return null;
    }

    private SlashWithDefault slashWithDefault(boolean lambda) {
        int s = mark;
        List<Arg> a = paramNoDefaultStar(lambda);
        List<NameDefault> b = paramWithDefaultStar(lambda);
        if (!b.isEmpty() && slashEnd(lambda)) {
            return new SlashWithDefault(a, b);
        }
        mark = s;
        return null;
    }

    private StarEtc starEtc(boolean lambda) {
        int s = mark;
        if (callInvalidRules) {
            invalidStarEtc(lambda);
            mark = s;
        }
        if (accept(STAR)) {
            int m = mark;
            Arg a = paramNoDefault(lambda);
            if (a != null) {
                List<NameDefault> b = paramMaybeDefaultStar(lambda);
                Arg c = kwds(lambda);
                return new StarEtc(a, b, c);
            }
            if (!lambda) {
                a = paramNoDefaultStarAnnotation();
                if (a != null) {
                    List<NameDefault> b = paramMaybeDefaultStar(lambda);
                    Arg c = kwds(lambda);
                    return new StarEtc(a, b, c);
                }
            }
            mark = m;
            if (accept(COMMA)) {
                List<NameDefault> b = paramMaybeDefaultStar(lambda);
                if (!b.isEmpty()) {
                    Arg c = kwds(lambda);
                    return new StarEtc(null, b, c);
                }
            }
            mark = s;
        }
        Arg a = kwds(lambda);
        if (a != null) {
            return new StarEtc(null, null, a);
        }
        mark = s;
        return null;
    }

    /** param_no_default_star_annotation: NAME ':' star_expression (',' | &')'). */
    private Arg paramNoDefaultStarAnnotation() {
        int s = mark;
        Token n = expect(NAME);
        if (n != null && accept(COLON)) {
            Expr ann = starExpression();
            if (ann != null) {
                Arg a = new Arg(ident(n), ann, null, sl(s), sc(s), el(), ec());
                if (accept(COMMA) || check(RPAR)) {
                    return a;
                }
            }
        }
        mark = s;
        return null;
    }

    private Arg kwds(boolean lambda) {
        int s = mark;
        if (callInvalidRules) {
            invalidKwds(lambda);
            mark = s;
        }
        if (accept(DOUBLESTAR)) {
            Arg a = paramNoDefault(lambda);
            if (a != null) {
                return a;
            }
        }
        mark = s;
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Second-pass rules (CPython's invalid_*), in Invalid.java-like section below.

    private void invalidExpression() {
        // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        int s = mark;
        Token t = cur();
        boolean excluded = t.kind() == NAME
                && (kindAt(1) == STRING || isSoftKeyword(t.text()));
        if (!excluded) {
            Expr a = disjunction();
            if (a != null) {
                int afterA = mark;
                Expr b = expressionWithoutInvalid();
                if (b != null) {
                    if (!isLegacyStatement(a) && levels[mark - 1] != 0) {
                        throw errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                    }
                }
                mark = afterA;
            }
        }
        mark = s;
        // a=disjunction 'if' b=disjunction !('else'|':')
        Expr a = disjunction();
        if (a != null && accept(IF)) {
            Expr b = disjunction();
            if (b != null && !check(ELSE) && !check(COLON)) {
                throw errorRange(a, b, "expected 'else' after 'if' expression");
            }
        }
        mark = s;
    }

    private static boolean isSoftKeyword(String s) {
        return s.equals("match") || s.equals("case") || s.equals("_");
    }

    /** expression_without_invalid: expression with the invalid rules switched off underneath. */
    private Expr expressionWithoutInvalid() {
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        try {
            int s = mark;
            Expr a = disjunction();
            if (a != null) {
                int m = mark;
                if (accept(IF)) {
                    Expr b = disjunction();
                    if (b != null && accept(ELSE)) {
                        Expr c = expression();
                        if (c != null) {
                            return new Ast.IfExp(b, a, c, sl(s), sc(s), el(), ec());
                        }
                    }
                }
                mark = m;
                return a;
            }
            mark = s;
            return lambdef();
        } finally {
            callInvalidRules = saved;
        }
    }

    /** _PyPegen_check_legacy_stmt: a Name 'print' or 'exec'. */
    private static boolean isLegacyStatement(Expr e) {
        return e instanceof Ast.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    private void invalidLegacyExpression() {
        // a=NAME !'(' b=star_expressions
        int s = mark;
        Token a = expect(NAME);
        if (a != null && !check(LPAR)) {
            Expr b = starExpressions();
            if (b != null && (a.text().equals("print") || a.text().equals("exec"))) {
                throw errorRange(a, b, "Missing parentheses in call to '" + a.text() + "'. Did you mean "
                        + a.text() + "(...)?");
            }
        }
        mark = s;
    }

    private void invalidNamedExpression() {
        int s = mark;
        Object memo = memoGet(M_INVALID_NAMED);
        if (memo != null) {
            mark = s;
            return;
        }
        // a=expression ':=' expression
        Expr a = expression();
        if (a != null && accept(COLONEQUAL) && expression() != null) {
            throw errorAt(a, "cannot use assignment expressions with " + exprName(a));
        }
        mark = s;
        // a=NAME '=' b=bitwise_or !('='|':=')
        Token n = expect(NAME);
        if (n != null && accept(EQUAL)) {
            Expr b = bitwiseOr();
            if (b != null && !check(EQUAL) && !check(COLONEQUAL)) {
                throw errorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = s;
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        boolean excluded;
        switch (kind()) {
            case TRUE, NONE, FALSE -> excluded = true;
            case LSQB -> {
                excluded = list() != null;
                mark = s;
            }
            case LPAR -> {
                excluded = tuple() != null || genexp() != null;
                mark = s;
            }
            default -> excluded = false;
        }
        if (!excluded) {
            Expr b = bitwiseOr();
            if (b != null && accept(EQUAL)) {
                if (bitwiseOr() != null && !check(EQUAL) && !check(COLONEQUAL)) {
                    throw errorAt(b, "cannot assign to " + exprName(b)
                            + " here. Maybe you meant '==' instead of '='?");
                }
            }
        }
        mark = s;
        memoPut(M_INVALID_NAMED, s, null);
        mark = s;
    }

    private void invalidAssignment() {
        int s = mark;
        // a=invalid_ann_assign_target ':' expression
        Expr a = invalidAnnAssignTarget();
        if (a != null && accept(COLON) && expression() != null) {
            throw errorAt(a, "only single target (not " + exprName(a) + ") can be annotated");
        }
        mark = s;
        // a=star_named_expression ',' star_named_expressions* ':' expression
        a = starNamedExpression();
        if (a != null && accept(COMMA)) {
            while (starNamedExpressions() != null) {
                // star_named_expressions*
            }
            if (accept(COLON) && expression() != null) {
                throw errorAt(a, "only single target (not tuple) can be annotated");
            }
        }
        mark = s;
        // a=expression ':' expression
        a = expression();
        if (a != null && accept(COLON) && expression() != null) {
            throw errorAt(a, "illegal target for annotation");
        }
        mark = s;
        // (star_targets '=')* a=star_expressions '='
        skipStarTargetsEquals();
        a = starExpressions();
        if (a != null && check(EQUAL)) {
            PySyntaxError err = invalidTarget(TargetsType.STAR_TARGETS, a);
                    if (err != null) {
                        throw err;
                    }
        }
        mark = s;
        // (star_targets '=')* a=yield_expr '='
        skipStarTargetsEquals();
        a = yieldExpr();
        if (a != null && check(EQUAL)) {
            throw errorAt(a, "assignment to yield expression not possible");
        }
        mark = s;
        // a=star_expressions augassign (yield_expr | star_expressions)
        a = starExpressions();
        if (a != null && augassign() != null && annotatedRhs() != null) {
            throw errorAt(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
        }
        mark = s;
    }

    private void skipStarTargetsEquals() {
        while (true) {
            int m = mark;
            if (starTargets() == null || !accept(EQUAL)) {
                mark = m;
                return;
            }
        }
    }

    private Expr invalidAnnAssignTarget() {
        int s = mark;
        Expr a = list();
        if (a != null) {
            return a;
        }
        a = tuple();
        if (a != null) {
            return a;
        }
        if (accept(LPAR)) {
            a = invalidAnnAssignTarget();
            if (a != null && accept(RPAR)) {
                return a;
            }
        }
        mark = s;
        return null;
    }

    private void invalidDelStmt() {
        int s = mark;
        if (accept(DEL)) {
            Expr a = starExpressions();
            if (a != null) {
                PySyntaxError err = invalidTarget(TargetsType.DEL_TARGETS, a);
                    if (err != null) {
                        throw err;
                    }
            }
        }
        mark = s;
    }

    private void invalidForTarget() {
        int s = mark;
        accept(ASYNC);
        if (accept(FOR)) {
            Expr a = starExpressions();
            if (a != null) {
                PySyntaxError err = invalidTarget(TargetsType.FOR_TARGETS, a);
                    if (err != null) {
                        throw err;
                    }
            }
        }
        mark = s;
    }

    private void invalidGroup() {
        int s = mark;
        if (accept(LPAR)) {
            if (check(STAR)) {
                Expr a = starredExpression();
                if (a != null && check(RPAR)) {
                    throw errorAt(a, "cannot use starred expression here");
                }
            } else {
                Token a = expect(DOUBLESTAR);
                if (a != null && expression() != null && check(RPAR)) {
                    throw errorAt(a, "cannot use double starred expression here");
                }
            }
        }
        mark = s;
    }

    private void invalidComprehension() {
        int s = mark;
        TokenKind open = kind();
        if (open != LSQB && open != LPAR && open != LBRACE) {
            return;
        }
        mark++;
        // ('[' | '(' | '{') a=starred_expression for_if_clauses
        if (check(STAR)) {
            Expr a = starredExpression();
            if (a != null && forIfClauses() != null) {
                throw errorAt(a, "iterable unpacking cannot be used in comprehension");
            }
        }
        mark = s;
        if (open == LPAR) {
            return;
        }
        mark++;
        Expr a = starNamedExpression();
        if (a != null) {
            int afterA = mark;
            // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
            if (accept(COMMA)) {
                List<Expr> b = starNamedExpressions();
                if (b != null && forIfClauses() != null) {
                    throw errorRange(a, b.get(b.size() - 1),
                            "did you forget parentheses around the comprehension target?");
                }
            }
            mark = afterA;
            // ('[' | '{') a=star_named_expression b=',' for_if_clauses
            Token c = expect(COMMA);
            if (c != null && forIfClauses() != null) {
                throw errorRange(a, c, "did you forget parentheses around the comprehension target?");
            }
        }
        mark = s;
    }

    private void invalidDoubleStarredKvpairs() {
        int s = mark;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        List<Expr> ks = new ArrayList<>();
        List<Expr> vs = new ArrayList<>();
        if (doubleStarredKvpairGather(ks, vs) && accept(COMMA)) {
            invalidKvpair();
        }
        mark = s;
        // expression ':' a='*' bitwise_or
        Expr k = expression();
        if (k != null) {
            int m = mark;
            if (accept(COLON)) {
                Token a = expect(STAR);
                if (a != null && bitwiseOr() != null) {
                    throw errorFrom(a, "cannot use a starred expression in a dictionary value");
                }
            }
            mark = m;
            Token a = expect(COLON);
            if (a != null && (check(RBRACE) || check(COMMA))) {
                throw errorAt(a, "expression expected after dictionary key and ':'");
            }
        }
        mark = s;
    }

    private boolean doubleStarredKvpairGather(List<Expr> keys, List<Expr> values) {
        if (!doubleStarredKvpair(keys, values)) {
            return false;
        }
        while (true) {
            int m = mark;
            if (!accept(COMMA)) {
                break;
            }
            if (!doubleStarredKvpair(keys, values)) {
                mark = m;
                break;
            }
        }
        return true;
    }

    private void invalidKvpair() {
        int s = mark;
        Expr a = expression();
        if (a == null) {
            return;
        }
        if (!check(COLON)) {
            throw raiseKnownLocation(PySyntaxError.Kind.SyntaxError, "':' expected after dictionary key",
                    a.lineno(), a.endColOffset() - 1, a.endLineno(), -1); // CPython passes -1: end 0
        }
        int m = mark;
        mark++;
        Token star = expect(STAR);
        if (star != null && bitwiseOr() != null) {
            throw errorFrom(star, "cannot use a starred expression in a dictionary value");
        }
        mark = m;
        Token c = expect(COLON);
        if (c != null && (check(RBRACE) || check(COMMA))) {
            throw errorAt(c, "expression expected after dictionary key and ':'");
        }
        mark = s;
    }

    private void invalidKwarg() {
        int s = mark;
        Token t = cur();
        // a=('True'|'False'|'None') b='='
        if ((t.kind() == TRUE || t.kind() == FALSE || t.kind() == NONE) && kindAt(1) == EQUAL) {
            throw errorRange(t, at(mark + 1), "cannot assign to " + t.text());
        }
        // a=NAME b='=' expression for_if_clauses
        if (t.kind() == NAME && kindAt(1) == EQUAL) {
            mark += 2;
            if (expression() != null && forIfClauses() != null) {
                throw errorRange(t, at(s + 1), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            mark = s;
        }
        // !(NAME '=') a=expression b='='
        if (!(t.kind() == NAME && kindAt(1) == EQUAL)) {
            Expr a = expression();
            if (a != null && check(EQUAL)) {
                throw errorRange(a, cur(), "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
        }
        mark = s;
    }

    private void invalidArguments() {
        int s = mark;
        // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
        //  | kwargs) ',' b='*'   (3.11.7 reports at the '*')
        boolean kw = false;
        if (positionalArgs() != null && accept(COMMA)) {
            kw = kwargs() != null;
        }
        if (!kw) {
            mark = s;
            kw = kwargs() != null;
        }
        if (kw && accept(COMMA) && check(STAR)) {
            Token b = cur();
            mark++;
            throw errorAt(b, "iterable argument unpacking follows keyword argument unpacking");
        }
        mark = s;
        CallArgs a;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        Expr e = expression();
        if (e != null) {
            List<Ast.Comprehension> b = forIfClauses();
            if (b != null && accept(COMMA)) {
                int m = mark;
                if (args() == null) {
                    mark = m;
                    if (!(expression() != null && forIfClauses() != null)) {
                        mark = m;
                    }
                }
                throw errorRange(e, lastComprehensionItem(b.get(b.size() - 1)),
                        "Generator expression must be parenthesized");
            }
        }
        mark = s;
        // a=NAME b='=' expression for_if_clauses
        Token n = expect(NAME);
        if (n != null) {
            Token eq = expect(EQUAL);
            if (eq != null && expression() != null && forIfClauses() != null) {
                throw errorRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = s;
        // a=args b=for_if_clauses
        a = args();
        if (a != null) {
            List<Ast.Comprehension> b = forIfClauses();
            if (b != null) {
                nonparenGenexpInCall(a, b);
            }
        }
        mark = s;
        // args ',' a=expression b=for_if_clauses
        if (args() != null && accept(COMMA)) {
            Expr x = expression();
            if (x != null) {
                List<Ast.Comprehension> b = forIfClauses();
                if (b != null) {
                    throw errorRange(x, lastComprehensionItem(b.get(b.size() - 1)),
                            "Generator expression must be parenthesized");
                }
            }
        }
        mark = s;
        // a=args ',' args
        a = args();
        if (a != null && accept(COMMA) && args() != null) {
            throw argumentsParsingError(a);
        }
        mark = s;
    }

    private static Expr lastComprehensionItem(Ast.Comprehension c) {
        if (c.ifs() == null || c.ifs().isEmpty()) {
            return c.iter();
        }
        return c.ifs().get(c.ifs().size() - 1);
    }

    /** _PyPegen_nonparen_genexp_in_call. */
    private void nonparenGenexpInCall(CallArgs a, List<Ast.Comprehension> b) {
        int len = a.args.size();
        if (len <= 1) {
            return;
        }
        Expr lastPositional = a.args.get(len - 1);
        throw errorRange(lastPositional, lastComprehensionItem(b.get(b.size() - 1)),
                "Generator expression must be parenthesized");
    }

    /** _PyPegen_arguments_parsing_error. */
    private PySyntaxError argumentsParsingError(CallArgs a) {
        boolean keywordUnpacking = false;
        for (Ast.Keyword k : a.keywords) {
            if (k.arg() == null) {
                keywordUnpacking = true;
                break;
            }
        }
        String msg = keywordUnpacking
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument";
        return syntaxErrorHere(msg);
    }

    private void invalidParameters(boolean lambda) {
        int s = mark;
        // param_no_default* invalid_parameters_helper a=param_no_default
        paramNoDefaultStar(lambda);
        int m = mark;
        boolean helper = slashWithDefault(lambda) != null;
        if (!helper) {
            mark = m;
            helper = !paramWithDefaultStar(lambda).isEmpty();
        }
        if (helper) {
            Arg a = paramNoDefault(lambda);
            if (a != null) {
                throw errorAt(a, "non-default argument follows default argument");
            }
        }
        mark = s;
        // param_no_default* a='(' param_no_default+ ','? b=')'
        paramNoDefaultStar(lambda);
        Token lp = expect(LPAR);
        if (lp != null) {
            boolean any;
            if (lambda) {
                // ','.lambda_param+
                any = false;
                while (true) {
                    int m2 = mark;
                    if (any && !accept(COMMA)) {
                        break;
                    }
                    if (param(true) == null) {
                        mark = m2;
                        break;
                    }
                    any = true;
                }
            } else {
                any = !paramNoDefaultStar(false).isEmpty();
            }
            if (any) {
                accept(COMMA);
                Token rp = expect(RPAR);
                if (rp != null) {
                    throw errorRange(lp, rp, lambda
                            ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
        }
        mark = s;
        // a="/" ','
        Token sl = expect(SLASH);
        if (sl != null && check(COMMA)) {
            throw errorAt(sl, "at least one argument must precede /");
        }
        mark = s;
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        if (slashNoDefault(lambda) != null || slashWithDefault(lambda) != null) {
            paramMaybeDefaultStar(lambda);
            Token a = expect(SLASH);
            if (a != null) {
                throw errorAt(a, "/ may appear only once");
            }
        }
        mark = s;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* a='/'
        if (slashNoDefault(lambda) == null) {
            mark = s;
            if (slashWithDefault(lambda) == null) {
                mark = s;
            }
        }
        paramMaybeDefaultStar(lambda);
        if (accept(STAR) && (accept(COMMA) || paramNoDefault(lambda) != null)) {
            paramMaybeDefaultStar(lambda);
            Token a = expect(SLASH);
            if (a != null) {
                throw errorAt(a, "/ must be ahead of *");
            }
        }
        mark = s;
        // param_maybe_default+ '/' a='*'
        if (!paramMaybeDefaultStar(lambda).isEmpty() && accept(SLASH)) {
            Token a = expect(STAR);
            if (a != null) {
                throw errorAt(a, "expected comma between / and *");
            }
        }
        mark = s;
    }

    private void invalidStarEtc(boolean lambda) {
        int s = mark;
        Token a = expect(STAR);
        if (a == null) {
            return;
        }
        // '*' (')' | ',' (')' | '**'))   [lambda: ':' instead of ')']
        TokenKind end = lambda ? COLON : RPAR;
        if (check(end) || (check(COMMA) && (kindAt(1) == end || kindAt(1) == DOUBLESTAR))) {
            if (lambda) {
                mark += check(COMMA) ? 2 : 1;
                throw syntaxErrorHere("named arguments must follow bare *");
            }
            throw errorAt(a, "named arguments must follow bare *");
        }
        // '*' param a='='
        if (param(lambda) != null) {
            Token eq = expect(EQUAL);
            if (eq != null) {
                throw errorAt(eq, "var-positional argument cannot have default value");
            }
        }
        mark = s + 1;
        // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        if (paramNoDefault(lambda) != null || accept(COMMA)) {
            paramMaybeDefaultStar(lambda);
            Token b = expect(STAR);
            if (b != null && (paramNoDefault(lambda) != null || accept(COMMA))) {
                throw errorAt(b, "* argument may appear only once");
            }
        }
        mark = s;
    }

    private void invalidKwds(boolean lambda) {
        int s = mark;
        if (!accept(DOUBLESTAR) || param(lambda) == null) {
            mark = s;
            return;
        }
        Token a = expect(EQUAL);
        if (a != null) {
            throw errorAt(a, "var-keyword argument cannot have default value");
        }
        if (accept(COMMA)) {
            Arg p = param(lambda);
            if (p != null) {
                throw errorAt(p, "arguments cannot follow var-keyword argument");
            }
            Token t = cur();
            if (t.kind() == STAR || t.kind() == DOUBLESTAR || t.kind() == SLASH) {
                mark++;
                throw errorAt(t, "arguments cannot follow var-keyword argument");
            }
        }
        mark = s;
    }

    // Invalid targets -------------------------------------------------------------------------------

    enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: the error, or null (the rule fails) if e has no bad part. */
    private PySyntaxError invalidTarget(TargetsType type, Expr e) {
        Expr invalid = getInvalidTarget(e, type);
        if (invalid != null) {
            String msg = type == TargetsType.DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
            return errorAt(invalid, String.format(msg, exprName(invalid)));
        }
        return null;
    }

    /** _PyPegen_get_invalid_target. */
    private static Expr getInvalidTarget(Expr e, TargetsType type) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case Ast.List l: {
                for (Expr x : l.elts()) {
                    Expr c = getInvalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case Ast.Tuple t: {
                for (Expr x : t.elts()) {
                    Expr c = getInvalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case Ast.Starred st:
                if (type == TargetsType.DEL_TARGETS) {
                    return e;
                }
                return getInvalidTarget(st.value(), type);
            case Ast.Compare c:
                // "for x in y" parses as a comparison in the target position
                if (type == TargetsType.FOR_TARGETS) {
                    return c.ops().get(0) == Ast.CmpOp.In ? getInvalidTarget(c.left(), type) : null;
                }
                return e;
            case Ast.Name n:
                return null;
            case Ast.Subscript s:
                return null;
            case Ast.Attribute a:
                return null;
            default:
                return e;
        }
    }

    /** _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        return switch (e) {
            case Ast.Attribute a -> "attribute";
            case Ast.Subscript s -> "subscript";
            case Ast.Starred s -> "starred";
            case Ast.Name n -> "name";
            case Ast.List l -> "list";
            case Ast.Tuple t -> "tuple";
            case Ast.Lambda l -> "lambda";
            case Ast.Call c -> "function call";
            case Ast.BoolOp b -> "expression";
            case Ast.BinOp b -> "expression";
            case Ast.UnaryOp u -> "expression";
            case Ast.GeneratorExp g -> "generator expression";
            case Ast.Yield y -> "yield expression";
            case Ast.YieldFrom y -> "yield expression";
            case Ast.Await a -> "await expression";
            case Ast.ListComp l -> "list comprehension";
            case Ast.SetComp s -> "set comprehension";
            case Ast.DictComp d -> "dict comprehension";
            case Ast.Dict d -> "dict literal";
            case Ast.Set s -> "set display";
            case Ast.JoinedStr j -> "f-string expression";
            case Ast.FormattedValue f -> "f-string expression";
            case Ast.Constant c -> {
                Object v = c.value();
                if (v == Constants.Singleton.NONE) {
                    yield "None";
                }
                if (Boolean.FALSE.equals(v)) {
                    yield "False";
                }
                if (Boolean.TRUE.equals(v)) {
                    yield "True";
                }
                if (v == Constants.Singleton.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Ast.Compare c -> "comparison";
            case Ast.IfExp i -> "conditional expression";
            case Ast.NamedExpr n -> "named expression";
            case Ast.Slice s -> "slice";
        };
    }
}
