package pyj.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import pyj.parse.ast.Ast;
import pyj.parse.ast.AstDump;
import pyj.parse.ast.Constants;
import pyj.parse.ast.PyRepr;

/**
 * Number and string literals against CPython 3.11.7. numbers.txt and strings.txt were produced
 * by tools/gen_literal_testdata.py: for each case CPython parsed {@code x = <atom>} and we keep
 * its STRING tokens (positions from tokenize, columns in UTF-8 bytes) and
 * {@code ast.dump(value, include_attributes=True)}, or the SyntaxError and which token it
 * pointed at.
 */
class LiteralsTest {

    /**
     * TEST DOUBLE for the parser's f-string expression hook: it understands only a lone
     * identifier inside the parentheses and places the Name the way CPython's sub-parser does
     * (line shifted by startLineno - 1; columns shifted by startColOffset on line 1 only).
     */
    static final Literals.FStringExprParser NAMES_ONLY = (source, startLineno, startCol) -> {
        assertTrue(source.startsWith("(") && source.endsWith(")"), source);
        int i = 1;
        while (Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        int j = i;
        while (Character.isLetterOrDigit(source.charAt(j)) || source.charAt(j) == '_') {
            j++;
        }
        if (j == i || !source.substring(j, source.length() - 1).isBlank()) {
            throw new UnsupportedOperationException("test double parses identifiers only: " + source);
        }
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (source.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        int col = Literals.utf8Length(source, lineStart, i);
        int endCol = col + Literals.utf8Length(source, i, j);
        if (line == 1) {
            col += startCol;
            endCol += startCol;
        }
        int lineno = startLineno + line - 1;
        return new Ast.Name(source.substring(i, j), Ast.ExprContext.Load, lineno, col, lineno, endCol);
    };

    static List<String> lines(String name) throws IOException {
        InputStream in = LiteralsTest.class.getResourceAsStream("/pyj/parse/" + name);
        assertTrue(in != null, name);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null;) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void stringAtomsMatchCPython() throws IOException {
        List<String> ls = lines("strings.txt");
        int cases = 0;
        for (int i = 0; i < ls.size(); ) {
            String title = ls.get(i++);
            assertTrue(title.startsWith("CASE "), title);
            List<Token> toks = new ArrayList<>();
            while (ls.get(i).startsWith("TOK ")) {
                String[] f = ls.get(i++).split(" ");
                String text = new String(HexFormat.of().parseHex(f[5]), StandardCharsets.UTF_8);
                toks.add(new Token(TokenKind.STRING, text, Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4])));
            }
            String expected = ls.get(i++);
            String actual;
            try {
                actual = "OK " + AstDump.dump(Literals.concatenate(toks, NAMES_ONLY));
            } catch (LiteralError e) {
                String where = switch (e.where) {
                    case LAST_TOKEN -> "LAST_TOKEN";
                    case TOKEN -> "TOKEN " + toks.indexOf(e.token);
                    case TOKEN_LINES_ONLY -> "?";
                };
                actual = "ERR " + where + "|" + e.msg;
            }
            assertEquals(expected, actual, title);
            cases++;
        }
        assertTrue(cases > 150, "cases: " + cases);
    }

    @Test
    void numbersMatchCPython() throws IOException {
        for (String l : lines("numbers.txt")) {
            int sp = l.indexOf(' ');
            String text = l.substring(0, sp);
            String expected = l.substring(sp + 1);
            Token t = new Token(TokenKind.NUMBER, text, 3, 4, 3, 4 + text.length());
            if (expected.startsWith("ERR ")) {
                LiteralError e = assertThrows(LiteralError.class, () -> Literals.number(t), text);
                assertEquals(expected.substring(4), e.msg);
                assertEquals(LiteralError.Where.TOKEN_LINES_ONLY, e.where);
                assertEquals(t, e.token);
            } else if (expected.startsWith("BIGINT ")) {
                String[] f = expected.split(" ");
                BigInteger v = (BigInteger) Literals.number(t);
                assertEquals(Integer.parseInt(f[1]), v.toString().length(), text);
                assertEquals(f[2], "0x" + v.toString(16), text);
            } else {
                assertEquals(expected, PyRepr.repr(Literals.number(t)), text);
            }
        }
    }

    @Test
    void numberTypes() {
        assertEquals(BigInteger.valueOf(255), Literals.number("0xff"));
        assertEquals(1.5e-9, Literals.number("1_5e-1_0"));
        assertEquals(new Constants.Imaginary(2.5), Literals.number("2.5j"));
    }

    private static Token str(String text, int line, int col) {
        return new Token(TokenKind.STRING, text, line, col, line, col + text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void escapedSurrogatePairStaysTwoCodePoints() {
        // python3: ast.dump(ast.parse(r'"\ud800\udc00"').body[0].value) shows '\ud800\udc00'
        Ast.Expr e = Literals.concatenate(List.of(str("\"\\ud800\\udc00\"", 1, 0)), NAMES_ONLY);
        Object v = ((Ast.Constant) e).value();
        assertEquals(new Constants.CodePointStr(new int[] {0xd800, 0xdc00}), v);
        assertEquals("'\\ud800\\udc00'", PyRepr.repr(v));
        // Split over two literals, and in an f-string, it is still two code points.
        e = Literals.concatenate(List.of(str("'\\ud800'", 1, 0), str("f'\\udc00{x}'", 1, 9)), NAMES_ONLY);
        Ast.Constant c = (Ast.Constant) ((Ast.JoinedStr) e).values().get(0);
        assertEquals("'\\ud800\\udc00'", PyRepr.repr(c.value()));
        // A lone one, or a genuine astral character, stays a String.
        assertEquals("\ud800x", Literals.decodeStr("\\ud800x", 0, 7));
        assertEquals("\ud83d\ude00", Literals.decodeStr("\\U0001F600", 0, 10));
    }

    @Test
    void fstringExpressionSourceAndPosition() {
        // python3 gives Name y at col 17 and Name w at col 23 for: a = 1; "zz" f"ab{y!r:>{w}}"
        List<String> seen = new ArrayList<>();
        Literals.FStringExprParser spy = (src, line, col) -> {
            seen.add(src + "@" + line + ":" + col);
            return NAMES_ONLY.parse(src, line, col);
        };
        Literals.concatenate(List.of(str("\"zz\"", 1, 7), str("f\"ab{y!r:>{w}}\"", 1, 12)), spy);
        assertEquals(List.of("(y)@1:16", "(w)@1:22"), seen);
        seen.clear();
        // x = f"""ab\n  {y}\ncd {\nz}""": y's brace on line 2 col 2; z's brace is followed by a
        // newline, so CPython uses column 0 of the brace's line.
        Token t = new Token(TokenKind.STRING, "f\"\"\"ab\n  {y}\ncd {\nz}\"\"\"", 1, 4, 4, 5);
        Literals.concatenate(List.of(t), spy);
        assertEquals(List.of("(y)@2:2", "(\nz)@3:0"), seen);
        seen.clear();
        // f"{x:{{y}}}": inside a format spec braces are not doubled, so "{y}" is an expression
        // (CPython's dump shows a Set there).
        try {
            Literals.concatenate(List.of(str("f\"{x:{{y}}}\"", 1, 4)), spy);
        } catch (UnsupportedOperationException expected) {
            // the test double cannot build the Set
        }
        assertEquals(List.of("(x)@1:6", "({y})@1:9"), seen);
    }

    @Test
    void errorsCarryTheirLocationKind() {
        LiteralError e = assertThrows(LiteralError.class,
                () -> Literals.concatenate(List.of(str("b'a'", 1, 4), str("b'\u00e9'", 1, 9)), NAMES_ONLY));
        assertEquals(LiteralError.Where.TOKEN, e.where);
        assertEquals(9, e.token.colOffset());
        e = assertThrows(LiteralError.class,
                () -> Literals.concatenate(List.of(str("'a'", 1, 4), str("b'b'", 1, 8)), NAMES_ONLY));
        assertEquals(LiteralError.Where.LAST_TOKEN, e.where);
        assertEquals("cannot mix bytes and nonbytes literals", e.msg);
        try {
            Literals.concatenate(List.of(str("f'{a+b}'", 1, 0)), NAMES_ONLY);
            fail("the test double should have refused a+b");
        } catch (UnsupportedOperationException expected) {
            // the expression text reached the parser hook unchanged
        }
    }
}
