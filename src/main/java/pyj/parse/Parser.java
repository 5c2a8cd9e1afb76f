package pyj.parse;

import pyj.parse.ast.Ast;

/**
 * Source to AST, as CPython 3.11's {@code ast.parse} does: the same tree, positions and
 * SyntaxErrors. See docs/internals/parser.md; the grammar rules live in {@link PegParser}.
 */
public final class Parser {
    private Parser() {}

    /** The modes of {@code ast.parse}: 'exec', 'eval', 'single', 'func_type'. */
    public enum Mode { EXEC, EVAL, SINGLE, FUNC_TYPE }

    /**
     * Parse a source file's bytes (decoding per PEP 263) as {@code ast.parse(bytes, filename)} does.
     *
     * @throws PySyntaxError for syntax errors (including tokenizer and decoding errors)
     * @throws PyMemoryError when the parser's nesting limit is exceeded
     */
    public static Ast.Module parseFile(byte[] source, String filename) {
        SourceDecoder.Decoded decoded = SourceDecoder.decodeSource(source, filename);
        Tokenizer t = new Tokenizer(decoded, filename);
        return (Ast.Module) new PegParser(t, filename, PegParser.Start.FILE, 0).run();
    }

    /**
     * Parse already-decoded text ({@code ast.parse(str, filename, mode)}).
     *
     * @throws PySyntaxError for syntax errors
     * @throws PyMemoryError when the parser's nesting limit is exceeded
     */
    public static Ast.Mod parse(String source, String filename, Mode mode) {
        Tokenizer t = new Tokenizer(source, filename);
        PegParser.Start start = switch (mode) {
            case EXEC -> PegParser.Start.FILE;
            case EVAL -> PegParser.Start.EVAL;
            case SINGLE -> PegParser.Start.INTERACTIVE;
            case FUNC_TYPE -> PegParser.Start.FUNC_TYPE;
        };
        return (Ast.Mod) new PegParser(t, filename, start, 0).run();
    }
}
