package pyj.parse;

/**
 * One token. Lines are 1-based; columns are 0-based offsets in UTF-8 bytes from the start of the
 * line, as CPython's AST positions are. {@code text} is the exact source text of the token (for a
 * STRING, prefix and quotes included; for INDENT/DEDENT/NEWLINE/ENDMARKER, what CPython's
 * tokenizer would give: the indentation, "", the newline characters, "").
 */
public record Token(TokenKind kind, String text, int lineno, int colOffset, int endLineno,
        int endColOffset) {

    public boolean is(TokenKind k) {
        return kind == k;
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + lineno + ":" + colOffset + "-" + endLineno + ":" + endColOffset;
    }
}
