package pyj.parse;

/**
 * A SyntaxError found while turning NUMBER or STRING tokens into values. It does not know the
 * file or the source lines, so the parser turns it into a {@link PySyntaxError}, placing it where
 * {@link #where} says (CPython raises these from inside parser actions, and most of them point
 * at whatever token the parser fetched last, not at the literal).
 */
public final class LiteralError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where CPython 3.11 reports the error. */
    public enum Where {
        /**
         * At the token the parser fetched last (CPython's RAISE_SYNTAX_ERROR, which uses
         * {@code p->tokens[p->fill - 1]}): for a string atom that is usually the token right
         * after the last STRING. {@link #token} is null.
         */
        LAST_TOKEN,
        /** At {@link #token}, its full range (RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
        TOKEN,
        /**
         * On {@link #token}'s lines but with no columns: offset and end offset 0 (CPython passes
         * column -1 for the "Exceeds the limit (4300 digits)" error on huge int literals).
         */
        TOKEN_LINES_ONLY
    }

    public final String msg;
    public final Where where;
    /** The token to report at; null for {@link Where#LAST_TOKEN}. */
    public final transient Token token;

    public LiteralError(String msg, Where where, Token token) {
        super(msg, null, false, false);
        this.msg = msg;
        this.where = where;
        this.token = token;
    }

    static LiteralError atLastToken(String msg) {
        return new LiteralError(msg, Where.LAST_TOKEN, null);
    }
}
