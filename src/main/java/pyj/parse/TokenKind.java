package pyj.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * The kinds of token the tokenizer produces. Operators and keywords each get their own kind (as
 * CPython's C tokenizer and pegen do), so the parser compares enum constants, never strings.
 * Soft keywords ({@code match}, {@code case}, {@code _}) stay {@link #NAME}.
 */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    /**
     * A single character that is no Python operator ({@code $ ? `}): CPython's tokenizer returns
     * it as a generic OP token and the parser reports "invalid syntax" at it.
     */
    OP,

    // Operators and delimiters, with their exact text.
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"), PLUS("+"),
    MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="),
    DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="),
    SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"),
    ELLIPSIS("..."), COLONEQUAL(":="),
    /** {@code <>}: tokenized as CPython does, rejected by the parser. */
    LTGT("<>"),
    /** {@code !} alone: only meaningful inside f-string replacement fields. */
    EXCLAMATION("!"),

    // Hard keywords: a NAME token whose text is a keyword gets the keyword's kind.
    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"),
    ASYNC("async"), AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"),
    DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"),
    FOR("for"), FROM("from"), GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"),
    LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"),
    RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    /** The fixed text of an operator or keyword; null for the variable kinds. */
    public final String text;

    TokenKind() {
        this.text = null;
    }

    TokenKind(String text) {
        this.text = text;
    }

    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal();
    }

    public boolean isOperator() {
        return ordinal() >= LPAR.ordinal() && ordinal() < FALSE.ordinal();
    }

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
    private static final Map<String, TokenKind> OPERATORS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.isKeyword()) {
                KEYWORDS.put(k.text, k);
            } else if (k.isOperator()) {
                OPERATORS.put(k.text, k);
            }
        }
    }

    /** The keyword kind for an identifier's text, or null if it is not a hard keyword. */
    public static TokenKind keyword(String name) {
        return KEYWORDS.get(name);
    }

    /** The operator kind for an exact operator text, or null. */
    public static TokenKind operator(String text) {
        return OPERATORS.get(text);
    }
}
