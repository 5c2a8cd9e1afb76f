package pyj.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static pyj.parse.PySyntaxError.Kind.IndentationError;
import static pyj.parse.PySyntaxError.Kind.SyntaxError;
import static pyj.parse.PySyntaxError.Kind.TabError;
import static pyj.parse.PySyntaxError.NONE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TokenizerTest {

    // ---- helpers -------------------------------------------------------------------------------

    private static List<Token> tokens(Tokenizer tz) {
        List<Token> out = new ArrayList<>();
        for (;;) {
            Token t = tz.next();
            out.add(t);
            if (t.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    private static List<Token> tokens(String src) {
        return tokens(new Tokenizer(src, "<test>"));
    }

    /** Compact rendering, one string per token: "KIND text line:col-line:col". */
    private static List<String> render(List<Token> ts) {
        List<String> out = new ArrayList<>();
        for (Token t : ts) {
            out.add(t.kind() + " " + t.text().replace("\n", "\\n").replace("\t", "\\t") + " " + t.lineno() + ":"
                    + t.colOffset() + "-" + t.endLineno() + ":" + t.endColOffset());
        }
        return out;
    }

    private static List<String> kinds(String src) {
        return tokens(src).stream().map(t -> t.kind().name()).toList();
    }

    /** Source bytes from a string whose chars are all < 256 (one char per byte). */
    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---- token streams ---------------------------------------------------------------------
    // NAME/NUMBER/STRING/operator positions agree with Python's tokenize module (as byte columns).
    // NEWLINE/INDENT/DEDENT/ENDMARKER follow the C tokenizer, which tokenize does not reproduce:
    // NEWLINE is zero-width at the '\n', or starts at a comment before it; INDENT/DEDENT/ENDMARKER
    // have no column (-1) and the line the tokenizer is on.

    @Test
    void simpleStatementsAndBlocks() {
        assertEquals(List.of(
                "IF if 1:0-1:2", "NAME x 1:3-1:4", "COLON : 1:4-1:5", "NEWLINE \\n 1:7-1:10",
                "INDENT      2:-1-2:-1", "NAME y 2:4-2:5", "PLUSEQUAL += 2:6-2:8", "NUMBER 0x_1f 2:9-2:14",
                "NEWLINE \\n 2:14-2:14",
                "DEDENT  5:-1-5:-1", "NAME z 5:0-5:1", "EQUAL = 5:2-5:3", "LSQB [ 5:4-5:5",
                "NUMBER 1.5e-3j 5:5-5:12", "COMMA , 5:12-5:13", "NUMBER .5 6:2-6:4", "RSQB ] 6:4-6:5",
                "NEWLINE \\n 6:5-6:5", "ENDMARKER  6:-1-6:-1"),
                render(tokens("if x:  # c\n    y += 0x_1f\n\n  # only a comment\nz = [1.5e-3j,\n  .5]")));
    }

    @Test
    void dedentsAtEndOfFile() {
        assertEquals(List.of(
                "DEF def 1:0-1:3", "NAME f 1:4-1:5", "LPAR ( 1:5-1:6", "RPAR ) 1:6-1:7", "RARROW -> 1:8-1:10",
                "NONE None 1:11-1:15", "COLON : 1:15-1:16", "NEWLINE \\n 1:16-1:16",
                "INDENT \\t 2:-1-2:-1", "IF if 2:1-2:3", "NAME a 2:4-2:5", "COLON : 2:5-2:6", "NEWLINE \\n 2:6-2:6",
                "INDENT \\t\\t 3:-1-3:-1", "RETURN return 3:2-3:8", "NEWLINE \\n 3:8-3:8",
                "DEDENT  3:-1-3:-1", "DEDENT  3:-1-3:-1", "ENDMARKER  3:-1-3:-1"),
                render(tokens("def f() -> None:\n\tif a:\n\t\treturn\n")));
    }

    @Test
    void operatorsLongestMatch() {
        assertEquals(List.of("NAME", "DOUBLESTAREQUAL", "NAME", "DOUBLESLASH", "NAME", "ELLIPSIS", "NAME",
                "COLONEQUAL", "NAME", "RARROW", "NAME", "NOTEQUAL", "NAME", "LTGT", "NAME", "LEFTSHIFTEQUAL",
                "NAME", "RIGHTSHIFTEQUAL", "NAME", "ATEQUAL", "NAME", "EXCLAMATION", "NAME", "OP", "OP", "DOT",
                "DOT", "NEWLINE", "ENDMARKER"),
                kinds("a **= b // c ... d := e -> f != g <> h <<= i >>= j @= k !l $ ? ..\n"));
    }

    @Test
    void stringsKeepPrefixAndQuotesAndSpanLines() {
        assertEquals(List.of(
                "NAME x 1:0-1:1", "EQUAL = 1:2-1:3", "STRING rB'a\\'' 1:4-1:11", "STRING F\"{y!r}\" 1:12-1:20",
                "STRING '''é\\n\\nz''' 2:1-4:4", "STRING u'\\\\nq' 4:5-5:2", "NEWLINE \\n 5:2-5:2",
                "ENDMARKER  5:-1-5:-1"),
                render(tokens("x = rB'a\\'' F\"{y!r}\" \\\n '''é\n\nz''' u'\\\nq'\n")));
        // Not string prefixes: ur, bu, fb.
        assertEquals(List.of("NAME", "STRING", "NAME", "STRING", "NAME", "STRING", "NEWLINE", "ENDMARKER"),
                kinds("ur'x' bu'x' fb'x'\n"));
        assertEquals(List.of("STRING", "STRING", "STRING", "STRING", "NEWLINE", "ENDMARKER"),
                kinds("Rb'' bR\"\" fR'{x}' U''\n"));
    }

    @Test
    void columnsAreUtf8Bytes() {
        assertEquals(List.of("NAME é 1:0-1:2", "EQUAL = 1:3-1:4", "STRING '💩' 1:5-1:11", "PLUS + 1:12-1:13",
                "NAME x\uDB40\uDD00 1:14-1:19", "NEWLINE \\n 1:19-1:19", "ENDMARKER  1:-1-1:-1"),
                render(tokens("é = '💩' + x\uDB40\uDD00\n")));
    }

    @Test
    void newlinesAreTranslatedAndAddedAtEnd() {
        assertEquals(render(tokens("a = (1,\n 2)\nb\n")), render(tokens("a = (1,\r\n 2)\rb")));
        assertEquals(List.of("ENDMARKER  1:-1-1:-1"), render(tokens("")));
    }

    @Test
    void continuationLinesBlankLinesAndFormFeeds() {
        assertEquals(List.of("NAME x 1:0-1:1", "EQUAL = 1:2-1:3", "NUMBER 1 1:4-1:5", "PLUS + 2:4-2:5",
                "NUMBER 2 2:6-2:7", "NEWLINE \\n 2:7-2:7", "NAME y 5:4-5:5", "NEWLINE \\n 5:5-5:5",
                "ENDMARKER  5:-1-5:-1"),
                render(tokens("x = 1 \\\n    + 2\n   \n\t# c\n\f  \fy\n")));
    }

    @Test
    void numbersFollowedByKeywordsOnlyWarn() {
        Tokenizer tz = new Tokenizer("x = 1if y else 0o1for z in w\n", "<test>");
        assertEquals(List.of("NAME", "EQUAL", "NUMBER", "IF", "NAME", "ELSE", "NUMBER", "FOR", "NAME", "IN",
                "NAME", "NEWLINE", "ENDMARKER"), tokens(tz).stream().map(t -> t.kind().name()).toList());
        assertEquals(List.of(new Tokenizer.Warning("SyntaxWarning", "invalid decimal literal", 1),
                new Tokenizer.Warning("SyntaxWarning", "invalid octal literal", 1)), tz.warnings());
        // Hex digits are taken greedily: "0xfor" is 0xf then "or" (CPython then says invalid syntax).
        assertEquals(List.of("0xf", "or"), tokens("0xfor\n").stream().limit(2).map(Token::text).toList());
        assertEquals(List.of("1", "else"), tokens("1else\n").stream().limit(2).map(Token::text).toList());
        assertEquals(List.of("1_0.5e-1_0j", "is"), tokens("1_0.5e-1_0jis\n").stream().limit(2).map(Token::text).toList());
    }

    @Test
    void errorsAreLazy() {
        Tokenizer tz = new Tokenizer("a = 1\nb = $\nc = 1_\n", "<test>");
        List<Token> seen = new ArrayList<>();
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> {
            for (;;) {
                seen.add(tz.next());
            }
        });
        assertEquals("invalid decimal literal", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(10, seen.size()); // a = 1 NL b = $ NL c =
        assertEquals(TokenKind.OP, seen.get(6).kind());
        // Further calls fail the same way.
        assertEquals(e, assertThrows(PySyntaxError.class, tz::next));
        assertEquals(true, tz.errorRaisedByTokenizer());
        Tokenizer eof = new Tokenizer("x = (1 +\n", "<test>");
        assertThrows(PySyntaxError.class, () -> tokens(eof));
        assertEquals(false, eof.errorRaisedByTokenizer());
    }

    @Test
    void unclosedBracketIsQueryable() {
        Tokenizer tz = new Tokenizer("x = [1,\n  (2, {3:\n", "<test>");
        Token t;
        do {
            t = tz.next();
        } while (t.kind() != TokenKind.LBRACE);
        assertEquals(new Tokenizer.Bracket('{', 2, 6), tz.unclosedBracket());
        assertEquals(3, tz.level());
        assertEquals("  (2, {3:", tz.line(2));
    }

    @Test
    void fstringSubTokenizerShiftsPositions() {
        // As CPython's fstring_compile_expr: "(a +\nb)" starting at line 3, byte column 7.
        List<Token> ts = tokens(new Tokenizer("(a +\nb)", "<test>", 3, 7));
        assertEquals(List.of("LPAR ( 3:7-3:8", "NAME a 3:8-3:9", "PLUS + 3:10-3:11", "NAME b 4:0-4:1",
                "RPAR ) 4:1-4:2", "NEWLINE \\n 4:2-4:2", "ENDMARKER  4:-1-4:-1"), render(ts));
    }

    @Test
    void errorLineAndCursorForParserErrors() {
        Tokenizer tz = new Tokenizer("a\\\n  b = (1,\n  2\n", "<test>");
        for (int i = 0; i < 5; i++) {
            tz.next(); // a b = ( 1
        }
        // CPython reports invalid syntax here as (2, 3) with text 'a\\\n  b = (1,\n': its buffer
        // still starts at the line where the continued statement began.
        assertEquals("a\\\n  b = (1,\n", tz.errorLine(2));
        assertEquals("a\\", tz.line(1));
        assertEquals(2, tz.cursorLineno());
        assertEquals(8, tz.cursorColOffset()); // at the ',' read ahead and backed up
    }

    // ---- errors: expected values generated by tools/gen_tokenizer_error_cases.py --------------

    record ErrorCase(Object source, PySyntaxError.Kind kind, String msg, int lineno, int offset, String text,
            int endLineno, int endOffset) {
        @Override
        public String toString() {
            return source instanceof byte[] b ? "bytes:" + new String(b, StandardCharsets.ISO_8859_1) : (String) source;
        }
    }

    static Stream<ErrorCase> errorCases() {
        return Stream.of(
            // str input: ast.parse(str)
            new ErrorCase("x = 1_\n", SyntaxError, "invalid decimal literal", 1, 6, "x = 1_", 1, 6),
            new ErrorCase("x = 0x\n", SyntaxError, "invalid hexadecimal literal", 1, 6, "x = 0x", 1, 6),
            new ErrorCase("x = 0xg\n", SyntaxError, "invalid hexadecimal literal", 1, 6, "x = 0xg", 1, 6),
            new ErrorCase("x = 0x_\n", SyntaxError, "invalid hexadecimal literal", 1, 7, "x = 0x_", 1, 7),
            new ErrorCase("x = 0o8\n", SyntaxError, "invalid digit '8' in octal literal", 1, 7, "x = 0o8", 1, 7),
            new ErrorCase("x = 0o\n", SyntaxError, "invalid octal literal", 1, 6, "x = 0o", 1, 6),
            new ErrorCase("x = 0o18\n", SyntaxError, "invalid digit '8' in octal literal", 1, 8, "x = 0o18", 1, 8),
            new ErrorCase("x = 0b2\n", SyntaxError, "invalid digit '2' in binary literal", 1, 7, "x = 0b2", 1, 7),
            new ErrorCase("x = 0b12\n", SyntaxError, "invalid digit '2' in binary literal", 1, 8, "x = 0b12", 1, 8),
            new ErrorCase("x = 0b\n", SyntaxError, "invalid binary literal", 1, 6, "x = 0b", 1, 6),
            new ErrorCase("x = 012\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, "x = 012", 1, 6),
            new ErrorCase("x = 00012 + 1\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, "x = 00012 + 1", 1, 8),
            new ErrorCase("x = 0_7\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, "x = 0_7", 1, 7),
            new ErrorCase("x = 1e\n", SyntaxError, "invalid decimal literal", 1, 5, "x = 1e", 1, 5),
            new ErrorCase("x = 1e+\n", SyntaxError, "invalid decimal literal", 1, 7, "x = 1e+", 1, 7),
            new ErrorCase("x = 1.5j2\n", SyntaxError, "invalid imaginary literal", 1, 8, "x = 1.5j2", 1, 8),
            new ErrorCase("x = 1abc\n", SyntaxError, "invalid decimal literal", 1, 5, "x = 1abc", 1, 5),
            new ErrorCase("x = 0_\n", SyntaxError, "invalid decimal literal", 1, 6, "x = 0_", 1, 6),
            new ErrorCase("x = 1__0\n", SyntaxError, "invalid decimal literal", 1, 6, "x = 1__0", 1, 6),
            new ErrorCase("x = 1_000j_\n", SyntaxError, "invalid imaginary literal", 1, 10, "x = 1_000j_", 1, 10),
            new ErrorCase("x = 5e1x\n", SyntaxError, "invalid decimal literal", 1, 7, "x = 5e1x", 1, 7),
            new ErrorCase("x = .5x\n", SyntaxError, "invalid decimal literal", 1, 6, "x = .5x", 1, 6),
            new ErrorCase("x = 1.e5_\n", SyntaxError, "invalid decimal literal", 1, 9, "x = 1.e5_", 1, 9),
            new ErrorCase("x = 1\u20ac\n", SyntaxError, "invalid character '\u20ac' (U+20AC)", 1, 6, "x = 1\u20ac", 1, 6),
            new ErrorCase("x = 'abc\n", SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, "x = 'abc", 1, 5),
            new ErrorCase("x = '''abc\n\ny\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 3)", 1, 5, "x = '''abc", 1, 5),
            new ErrorCase("x = \"abc", SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, "x = \"abc", 1, 5),
            new ErrorCase("f(\n'''\nabc", SyntaxError, "unterminated triple-quoted string literal (detected at line 3)", 2, 1, "'''", 2, 1),
            new ErrorCase("x = 'a' 'b' 'c\n", SyntaxError, "unterminated string literal (detected at line 1)", 1, 13, "x = 'a' 'b' 'c", 1, 13),
            new ErrorCase("x = 'abc\\\n", SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, "x = 'abc\\", 1, 5),
            new ErrorCase("\u00e9 = 'abc\n", SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, "\u00e9 = 'abc", 1, 5),
            new ErrorCase("x = \u20ac\n", SyntaxError, "invalid character '\u20ac' (U+20AC)", 1, 5, "x = \u20ac", 1, 5),
            new ErrorCase("x = a\u00a0b\n", SyntaxError, "invalid non-printable character U+00A0", 1, 6, "x = a\u00a0b", 1, 6),
            new ErrorCase("\u00e9 = 1\nx = 1 + \u00e9\u20ac\n", SyntaxError, "invalid character '\u20ac' (U+20AC)", 2, 10, "x = 1 + \u00e9\u20ac", 2, 10),
            new ErrorCase("x = \u00e9\u20ac\n", SyntaxError, "invalid character '\u20ac' (U+20AC)", 1, 6, "x = \u00e9\u20ac", 1, 6),
            new ErrorCase("x = \u0001\n", SyntaxError, "invalid non-printable character U+0001", 1, 5, "x = \u0001", 1, 5),
            new ErrorCase("x = a\u007fb\n", SyntaxError, "invalid non-printable character U+007F", 1, 6, "x = a\u007fb", 1, 6),
            new ErrorCase("x = \u000b\n", SyntaxError, "invalid non-printable character U+000B", 1, 5, "x = \u000b", 1, 5),
            new ErrorCase("x = a\u200bb\n", SyntaxError, "invalid non-printable character U+200B", 1, 6, "x = a\u200bb", 1, 6),
            new ErrorCase("x = _\u2028\n", SyntaxError, "invalid non-printable character U+2028", 1, 6, "x = _\u2028", 1, 6),
            new ErrorCase("x = \ud83d\ude00\n", SyntaxError, "invalid character '\ud83d\ude00' (U+1F600)", 1, 5, "x = \ud83d\ude00", 1, 5),
            new ErrorCase("x = 1 + \u00b2\n", SyntaxError, "invalid character '\u00b2' (U+00B2)", 1, 9, "x = 1 + \u00b2", 1, 9),
            new ErrorCase("x = (]\n", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, "x = (]", 1, 6),
            new ErrorCase("x = (\n]\n", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, "]", 2, 1),
            new ErrorCase("x = )\n", SyntaxError, "unmatched ')'", 1, 5, "x = )", 1, 5),
            new ErrorCase("x = }\n", SyntaxError, "unmatched '}'", 1, 5, "x = }", 1, 5),
            new ErrorCase("x = [1, 2\n", SyntaxError, "'[' was never closed", 1, 5, "x = [1, 2\n", 1, 0),
            new ErrorCase("x = (\n", SyntaxError, "'(' was never closed", 1, 5, "x = (\n", 1, 0),
            new ErrorCase("x = (1,\n\n", SyntaxError, "'(' was never closed", 1, 5, "x = (1,", 1, 0),
            new ErrorCase("x = {1:\n", SyntaxError, "'{' was never closed", 1, 5, "x = {1:\n", 1, 0),
            new ErrorCase("\u00e9 = (\n", SyntaxError, "'(' was never closed", 1, 5, "\u00e9 = (\n", 1, 0),
            new ErrorCase("x = [\n  (\n", SyntaxError, "'(' was never closed", 2, 3, "  (\n", 2, 0),
            new ErrorCase("x = (()))\n", SyntaxError, "unmatched ')'", 1, 9, "x = (()))", 1, 9),
            new ErrorCase("x = 1 \\ 2\n", SyntaxError, "unexpected character after line continuation character", 1, 8, "x = 1 \\ 2\n", 1, 0),
            new ErrorCase("x = 'a' \\ 'b'\n", SyntaxError, "unexpected character after line continuation character", 1, 10, "x = 'a' \\ 'b'\n", 1, 0),
            new ErrorCase("\u00e9 = 1 \\ 2\n", SyntaxError, "unexpected character after line continuation character", 1, 8, "\u00e9 = 1 \\ 2\n", 1, 0),
            new ErrorCase("x = '''a\nb''' \\ 2\n", SyntaxError, "unexpected character after line continuation character", 2, 16, "x = '''a\nb''' \\ 2\n", 2, 0),
            new ErrorCase("a = (\\ 1)\n", SyntaxError, "unexpected character after line continuation character", 1, 7, "a = (\\ 1)\n", 1, 0),
            new ErrorCase("x = 1 \\", SyntaxError, "unexpected EOF while parsing", 1, 8, "x = 1 \\\n", 1, -1),
            new ErrorCase("x = 1 \\\n", SyntaxError, "unexpected EOF while parsing", 1, 8, "x = 1 \\\n", 1, -1),
            new ErrorCase("\\\n", SyntaxError, "unexpected EOF while parsing", 1, 2, "\\\n", 1, -1),
            new ErrorCase("x = 1\n\\\n", SyntaxError, "unexpected EOF while parsing", 2, 2, "\\\n", 2, -1),
            new ErrorCase("x = (1 + \\\n", SyntaxError, "'(' was never closed", 1, 5, "x = (1 + \\\n", 1, 0),
            new ErrorCase("if x:\n    a\n  b\n", IndentationError, "unindent does not match any outer indentation level", 3, 4, "  b\n", 3, -1),
            new ErrorCase("def f():\n\tif x:\n\t\tpass\n\t  pass\n", IndentationError, "unindent does not match any outer indentation level", 4, 8, "\t  pass\n", 4, -1),
            new ErrorCase("if x:\n\ta\n        b\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, "        b\n", 3, 0),
            new ErrorCase("if x:\n        a\n\tb\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, "\tb\n", 3, 0),
            new ErrorCase("if x:\n  \ta\n\tb\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, "\tb\n", 3, 0),
            new ErrorCase("x = \"\"\"\r\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, "x = \"\"\"", 1, 5),
            new ErrorCase("x = \"\"\"\r", SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5, "x = \"\"\"", 1, 5),
            new ErrorCase("x = (\r\n", SyntaxError, "'(' was never closed", 1, 5, "x = (", 1, 0),
            // bytes input: ast.parse(bytes)
            new ErrorCase(bytes("x = ab\u00f6c + 1\n"), SyntaxError, "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte", 1, 8, "x = ab\ufffdc + 1\n", 1, -1),
            new ErrorCase(bytes("y=2\nx = ab\u00c3\u00a9\u00f6c + 1\n"), SyntaxError, "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 4: invalid start byte", 2, 10, "x = ab\u00e9\ufffdc + 1\n", 2, -1),
            new ErrorCase(bytes("x = 1 + \u00f6\n"), SyntaxError, "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte", 1, 9, "x = 1 + \ufffd\n", 1, -1),
            new ErrorCase(bytes("\u00c3\u00a9 = 1 \\ 2\n"), SyntaxError, "unexpected character after line continuation character", 1, 9, "\u00e9 = 1 \\ 2\n", 1, 0),
            new ErrorCase(bytes("\u00c3\u00a9 = (\n"), SyntaxError, "'(' was never closed", 1, 6, "\u00e9 = (\n", 1, 0),
            new ErrorCase(bytes("\u00c3\u00a9 = 1_\n"), SyntaxError, "invalid decimal literal", 1, 6, "\u00e9 = 1_", 1, 6),
            new ErrorCase(bytes("if x:\n  \u00c3\u00a9\n b\n"), IndentationError, "unindent does not match any outer indentation level", 3, 3, " b\n", 3, -1),
            new ErrorCase(bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = 1 \\ 2\n"), SyntaxError, "unexpected character after line continuation character", 1, 8, "\u00e9 = 1 \\ 2\n", 1, 0),
            new ErrorCase(bytes("# coding: latin-1\nx = 1 \\ \u00e9\n"), SyntaxError, "unexpected character after line continuation character", 2, 8, "x = 1 \\ \u00e9\n", 2, 0),
            new ErrorCase(bytes("# coding: foobar\nx=1\n"), SyntaxError, "unknown encoding: foobar", 0, -1, null, NONE, NONE),
            new ErrorCase(bytes("\u00ef\u00bb\u00bf# coding: latin-1\nx=1\n"), SyntaxError, "encoding problem: iso-8859-1 with BOM", 0, -1, null, NONE, NONE),
            new ErrorCase(bytes("# coding: ascii\n\n\nz='\u00f6'\n"), SyntaxError, "'ascii' codec can't decode byte 0xf6 in position 21: ordinal not in range(128)", 0, -1, null, NONE, NONE),
            new ErrorCase(bytes("# coding: cp1252\nz='\u0081'\n"), SyntaxError, "'charmap' codec can't decode byte 0x81 in position 20: character maps to <undefined>", 0, -1, null, NONE, NONE),
            new ErrorCase(bytes("# coding: utf8\nz='\u00f6'\n"), SyntaxError, "'utf-8' codec can't decode byte 0xf6 in position 18: invalid start byte", 0, -1, null, NONE, NONE),
            new ErrorCase(bytes("x = \"\"\"\r\n"), SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, "x = \"\"\"", 1, 5),
            new ErrorCase(bytes("# coding: rot13\nk=1\n"), SyntaxError, "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs", 0, -1, null, NONE, NONE),
            new ErrorCase(bytes("x = 1\u0000\n"), SyntaxError, "source code string cannot contain null bytes", NONE, NONE, null, NONE, NONE),
            new ErrorCase("x = (".repeat(201) + "\n", SyntaxError, "too many nested parentheses", 1, 1005,
                    "x = (".repeat(201), 1, 1005));
    }

    @ParameterizedTest
    @MethodSource("errorCases")
    void errorsMatchCPython(ErrorCase c) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> {
            Tokenizer tz = c.source() instanceof byte[] b
                    ? new Tokenizer(SourceDecoder.decodeSource(b, "<test>"), "<test>")
                    : new Tokenizer((String) c.source(), "<test>");
            tokens(tz);
        });
        assertEquals(List.of(c.kind(), c.msg(), c.lineno(), c.offset(), String.valueOf(c.text()), c.endLineno(),
                c.endOffset()), List.of(e.kind, e.msg, e.lineno, e.offset, String.valueOf(e.text), e.endLineno,
                e.endOffset));
    }

    @Test
    void tooManyIndentationLevels() {
        // CPython: IndentationError 'too many levels of indentation' at (101, 1), end offset 0.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            sb.append("    ".repeat(i)).append("if x:\n");
        }
        sb.append("    ".repeat(101)).append("pass\n");
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> tokens(sb.toString()));
        assertEquals(IndentationError, e.kind);
        assertEquals("too many levels of indentation", e.msg);
        assertEquals(101, e.lineno);
        assertEquals(1, e.offset);
        assertEquals("    ".repeat(100) + "if x:\n", e.text);
        assertEquals(0, e.endOffset);
        // 99 levels are fine.
        StringBuilder ok = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            ok.append("    ".repeat(i)).append("if x:\n");
        }
        ok.append("    ".repeat(99)).append("pass\n");
        assertEquals(TokenKind.ENDMARKER, tokens(ok.toString()).getLast().kind());
    }

    // ---- source decoding -------------------------------------------------------------------

    @Test
    void decoderHandlesBomCookiesAndBadBytes() {
        SourceDecoder.Decoded d = SourceDecoder.decodeSource(bytes("\u00ef\u00bb\u00bfx = '\u00c3\u00a9'\r\n"), "f");
        assertEquals("x = 'é'\n\n", d.text()); // a final CR LF gives an extra line, as in CPython
        assertEquals("utf-8", d.encoding());
        d = SourceDecoder.decodeSource(bytes("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nz='\u00a4'"), "f");
        assertEquals("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nz='€'\n", d.text());
        assertEquals("iso-8859-15", d.encoding());
        // A cookie on line 2 counts only if line 1 is blank or a comment.
        assertEquals("x=1\n# coding: latin-1\nz='\uDCF6'\n",
                SourceDecoder.decode(bytes("x=1\n# coding: latin-1\nz='\u00f6'\n"), "f"));
        assertEquals("# -*- coding: Latin_1 -*-\nz='ö'\n",
                SourceDecoder.decode(bytes("# -*- coding: Latin_1 -*-\nz='\u00f6'\n"), "f"));
        assertNull(SourceDecoder.decodeSource(bytes("x = 1\n"), "f").encoding());
        // Undecodable UTF-8 bytes survive as escapes and can be restored.
        String s = SourceDecoder.decode(new byte[] {'"', (byte) 0xC3, (byte) 0xA9, (byte) 0xF6, (byte) 0xED,
            (byte) 0xA0, '"'}, "f");
        assertEquals("\"é\uDCF6\uDCED\uDCA0\"\n", s);
        assertEquals("'utf-8' codec can't decode byte 0xf6 in position 3: invalid start byte",
                SourceDecoder.utf8Error(SourceDecoder.toRawBytes(s)));
        assertEquals("'utf-8' codec can't decode byte 0xe2 in position 0: unexpected end of data",
                SourceDecoder.utf8Error(new byte[] {(byte) 0xE2, (byte) 0x82}));
        assertEquals("'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
                SourceDecoder.utf8Error(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        // A string literal with bad bytes is still one STRING token (decoding it is the literal parser's job).
        assertEquals(List.of("STRING \"é\uDCF6\uDCED\uDCA0\" 1:0-1:7", "NEWLINE \\n 1:7-1:7", "ENDMARKER  1:-1-1:-1"),
                render(tokens(new Tokenizer(SourceDecoder.decodeSource(SourceDecoder.toRawBytes(s), "f"), "f"))));
    }

    @Test
    void cpythonTestDataFiles() throws Exception {
        Path dir = CPythonOracle.stdlib().resolve("test").resolve("tokenizedata");
        // Values from python3.11: ast.parse(open(f, 'rb').read()).
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> SourceDecoder.decode(Files.readAllBytes(dir.resolve("bad_coding.py")), "bad_coding.py"));
        assertEquals(List.of("unknown encoding: uft-8", 0, -1), List.of(e.msg, e.lineno, e.offset));
        e = assertThrows(PySyntaxError.class,
                () -> SourceDecoder.decode(Files.readAllBytes(dir.resolve("bad_coding2.py")), "bad_coding2.py"));
        assertEquals(List.of("encoding problem: utf8 with BOM", 0, -1), List.of(e.msg, e.lineno, e.offset));
        e = assertThrows(PySyntaxError.class, () -> tokens(new Tokenizer(
                SourceDecoder.decodeSource(Files.readAllBytes(dir.resolve("badsyntax_3131.py")), "f"), "f")));
        assertEquals(List.of("invalid character '€' (U+20AC)", 2, 1, "€ = 2", 1),
                List.of(e.msg, e.lineno, e.offset, e.text, e.endOffset));
        // The tokenizer passes badsyntax_pep3120.py: its error comes from decoding the string literal.
        tokens(new Tokenizer(SourceDecoder.decodeSource(
                Files.readAllBytes(dir.resolve("badsyntax_pep3120.py")), "f"), "f"));
    }

    @Test
    void nullBytesAreRejected() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> new Tokenizer("x = 1\0", "f"));
        assertEquals("source code string cannot contain null bytes", e.msg);
    }
}
