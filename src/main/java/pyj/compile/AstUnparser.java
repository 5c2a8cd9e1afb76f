package pyj.compile;

import java.util.List;
import pyj.code.CodeConstants;
import pyj.parse.ast.Ast;
import pyj.parse.ast.Constants;
import pyj.parse.ast.PyRepr;

/**
 * The source text of an expression as CPython 3.11's Python/ast_unparse.c writes it: what an
 * annotation becomes under {@code from __future__ import annotations}. Parentheses follow operator
 * priority, not the original source.
 */
final class AstUnparser {
    // Priorities, lowest first (ast_unparse.c's PR_*).
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_EXPR = 6;
    private static final int PR_BOR = PR_EXPR;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    private final StringBuilder sb = new StringBuilder();

    private AstUnparser() {}

    static String unparse(Ast.Expr e) {
        AstUnparser u = new AstUnparser();
        u.expr(e, PR_TEST);
        return u.sb.toString();
    }

    private void expr(Ast.Expr e, int level) {
        switch (e) {
            case Ast.BoolOp b -> {
                int pr = b.op() == Ast.BoolOpKind.And ? PR_AND : PR_OR;
                String op = b.op() == Ast.BoolOpKind.And ? " and " : " or ";
                open(level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) {
                        sb.append(op);
                    }
                    expr(b.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Ast.BinOp b -> {
                int pr;
                String op;
                boolean rassoc = false;
                switch (b.op()) {
                    case Add -> { op = " + "; pr = PR_ARITH; }
                    case Sub -> { op = " - "; pr = PR_ARITH; }
                    case Mult -> { op = " * "; pr = PR_TERM; }
                    case MatMult -> { op = " @ "; pr = PR_TERM; }
                    case Div -> { op = " / "; pr = PR_TERM; }
                    case Mod -> { op = " % "; pr = PR_TERM; }
                    case LShift -> { op = " << "; pr = PR_SHIFT; }
                    case RShift -> { op = " >> "; pr = PR_SHIFT; }
                    case BitOr -> { op = " | "; pr = PR_BOR; }
                    case BitXor -> { op = " ^ "; pr = PR_BXOR; }
                    case BitAnd -> { op = " & "; pr = PR_BAND; }
                    case FloorDiv -> { op = " // "; pr = PR_TERM; }
                    default -> { op = " ** "; pr = PR_POWER; rassoc = true; }
                }
                open(level > pr);
                expr(b.left(), pr + (rassoc ? 1 : 0));
                sb.append(op);
                expr(b.right(), pr + (rassoc ? 0 : 1));
                close(level > pr);
            }
            case Ast.UnaryOp un -> {
                String op;
                int pr;
                switch (un.op()) {
                    case Not -> { op = "not "; pr = PR_NOT; }
                    case Invert -> { op = "~"; pr = PR_FACTOR; }
                    case UAdd -> { op = "+"; pr = PR_FACTOR; }
                    default -> { op = "-"; pr = PR_FACTOR; }
                }
                open(level > pr);
                sb.append(op);
                expr(un.operand(), pr);
                close(level > pr);
            }
            case Ast.Lambda l -> {
                open(level > PR_TEST);
                sb.append("lambda");
                StringBuilder save = new StringBuilder();
                int mark = sb.length();
                arguments(l.args());
                if (sb.length() > mark) {
                    save.append(sb, mark, sb.length());
                    sb.setLength(mark);
                    sb.append(' ').append(save);
                }
                sb.append(": ");
                expr(l.body(), PR_TEST);
                close(level > PR_TEST);
            }
            case Ast.IfExp i -> {
                open(level > PR_TEST);
                expr(i.body(), PR_TEST + 1);
                sb.append(" if ");
                expr(i.test(), PR_TEST + 1);
                sb.append(" else ");
                expr(i.orelse(), PR_TEST);
                close(level > PR_TEST);
            }
            case Ast.Dict d -> {
                sb.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    Ast.Expr k = d.keys().get(i);
                    if (k == null) {
                        sb.append("**");
                        expr(d.values().get(i), PR_EXPR);
                    } else {
                        expr(k, PR_TEST);
                        sb.append(": ");
                        expr(d.values().get(i), PR_TEST);
                    }
                }
                sb.append('}');
            }
            case Ast.Set s -> {
                if (s.elts().isEmpty()) {
                    sb.append("{*()}");
                } else {
                    sb.append('{');
                    seq(s.elts());
                    sb.append('}');
                }
            }
            case Ast.ListComp c -> {
                sb.append('[');
                expr(c.elt(), PR_TEST);
                comprehensions(c.generators());
                sb.append(']');
            }
            case Ast.SetComp c -> {
                sb.append('{');
                expr(c.elt(), PR_TEST);
                comprehensions(c.generators());
                sb.append('}');
            }
            case Ast.DictComp c -> {
                sb.append('{');
                expr(c.key(), PR_TEST);
                sb.append(": ");
                expr(c.value(), PR_TEST);
                comprehensions(c.generators());
                sb.append('}');
            }
            case Ast.GeneratorExp c -> {
                sb.append('(');
                expr(c.elt(), PR_TEST);
                comprehensions(c.generators());
                sb.append(')');
            }
            case Ast.Await a -> {
                open(level > PR_AWAIT);
                sb.append("await ");
                expr(a.value(), PR_ATOM);
                close(level > PR_AWAIT);
            }
            case Ast.Yield y -> {
                sb.append(level > PR_TUPLE ? "(yield" : "yield");
                if (y.value() != null) {
                    sb.append(' ');
                    expr(y.value(), PR_TEST);
                }
                if (level > PR_TUPLE) {
                    sb.append(')');
                }
            }
            case Ast.YieldFrom y -> {
                sb.append(level > PR_TUPLE ? "(yield from " : "yield from ");
                expr(y.value(), PR_TEST);
                if (level > PR_TUPLE) {
                    sb.append(')');
                }
            }
            case Ast.Compare c -> {
                open(level > PR_CMP);
                expr(c.left(), PR_CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(switch (c.ops().get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators().get(i), PR_CMP + 1);
                }
                close(level > PR_CMP);
            }
            case Ast.Call c -> {
                expr(c.func(), PR_ATOM);
                if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Ast.GeneratorExp g) {
                    expr(g, PR_TEST);
                    return;
                }
                sb.append('(');
                boolean first = true;
                for (Ast.Expr a : c.args()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    expr(a, PR_TEST);
                }
                for (Ast.Keyword k : c.keywords()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    if (k.arg() == null) {
                        sb.append("**");
                    } else {
                        sb.append(k.arg()).append('=');
                    }
                    expr(k.value(), PR_TEST);
                }
                sb.append(')');
            }
            case Ast.Constant k -> constant(k.value());
            case Ast.Attribute a -> {
                expr(a.value(), PR_ATOM);
                if (a.value() instanceof Ast.Constant k && k.value() instanceof java.math.BigInteger) {
                    sb.append(' ');
                }
                sb.append('.').append(a.attr());
            }
            case Ast.Subscript s -> {
                expr(s.value(), PR_ATOM);
                sb.append('[');
                if (s.slice() instanceof Ast.Tuple t && !t.elts().isEmpty()) {
                    for (int i = 0; i < t.elts().size(); i++) {
                        if (i > 0) {
                            sb.append(", ");
                        }
                        expr(t.elts().get(i), PR_TEST);
                    }
                    if (t.elts().size() == 1) {
                        sb.append(',');
                    }
                } else {
                    expr(s.slice(), PR_TUPLE);
                }
                sb.append(']');
            }
            case Ast.Starred s -> {
                sb.append('*');
                expr(s.value(), PR_EXPR);
            }
            case Ast.Name n -> sb.append(n.id());
            case Ast.List l -> {
                sb.append('[');
                seq(l.elts());
                sb.append(']');
            }
            case Ast.Tuple t -> {
                if (t.elts().isEmpty()) {
                    sb.append("()");
                    return;
                }
                open(level > PR_TUPLE);
                seq(t.elts());
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
                close(level > PR_TUPLE);
            }
            case Ast.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), PR_TEST);
                }
                sb.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), PR_TEST);
                }
                if (s.step() != null) {
                    sb.append(':');
                    expr(s.step(), PR_TEST);
                }
            }
            case Ast.NamedExpr n -> {
                open(level > PR_TUPLE);
                expr(n.target(), PR_ATOM);
                sb.append(" := ");
                expr(n.value(), PR_ATOM);
                close(level > PR_TUPLE);
            }
            case Ast.JoinedStr j -> joinedStr(j, false);
            case Ast.FormattedValue f -> formattedValue(f);
        }
    }

    /** An f-string: its body is built first, then written as the repr of a str after an 'f'. */
    private void joinedStr(Ast.JoinedStr j, boolean isFormatSpec) {
        String body = fstringBody(j.values(), isFormatSpec);
        if (isFormatSpec) {
            sb.append(body);
        } else {
            sb.append('f');
            PyRepr.appendRepr(sb, body);
        }
    }

    private static String fstringBody(List<Ast.Expr> values, boolean isFormatSpec) {
        AstUnparser u = new AstUnparser();
        for (Ast.Expr v : values) {
            u.fstringElement(v, isFormatSpec);
        }
        return u.sb.toString();
    }

    private void fstringElement(Ast.Expr e, boolean isFormatSpec) {
        switch (e) {
            case Ast.Constant c when c.value() instanceof String s ->
                sb.append(s.replace("{", "{{").replace("}", "}}"));
            case Ast.JoinedStr j -> joinedStr(j, isFormatSpec);
            case Ast.FormattedValue f -> formattedValue(f);
            default -> throw new IllegalStateException("unexpected node in an f-string: " + e);
        }
    }

    private void formattedValue(Ast.FormattedValue f) {
        // Above PR_TEST, so that a lambda (whose ':' would end the field) is parenthesized.
        AstUnparser inner = new AstUnparser();
        inner.expr(f.value(), PR_TEST + 1);
        String value = inner.sb.toString();
        // A value that starts with '{' (a dict or set display) needs a space after the brace.
        sb.append(value.startsWith("{") ? "{ " : "{").append(value);
        if (f.conversion() != -1) {
            sb.append('!').append((char) f.conversion());
        }
        if (f.formatSpec() != null) {
            sb.append(':');
            fstringElement(f.formatSpec(), true);
        }
        sb.append('}');
    }

    private void open(boolean paren) {
        if (paren) {
            sb.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            sb.append(')');
        }
    }

    private void seq(List<Ast.Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(elts.get(i), PR_TEST);
        }
    }

    private void comprehensions(List<Ast.Comprehension> gens) {
        for (Ast.Comprehension g : gens) {
            sb.append(g.isAsync() != 0 ? " async for " : " for ");
            expr(g.target(), PR_TUPLE);
            sb.append(" in ");
            expr(g.iter(), PR_TEST + 1);
            for (Ast.Expr i : g.ifs()) {
                sb.append(" if ");
                expr(i, PR_TEST + 1);
            }
        }
    }

    private void arguments(Ast.Arguments a) {
        boolean first = true;
        int npos = a.posonlyargs().size() + a.args().size();
        int ndef = a.defaults().size();
        for (int i = 0; i < npos; i++) {
            Ast.Arg arg = i < a.posonlyargs().size() ? a.posonlyargs().get(i)
                    : a.args().get(i - a.posonlyargs().size());
            first = comma(first);
            sb.append(arg.arg());
            int di = i - (npos - ndef);
            if (di >= 0) {
                sb.append('=');
                expr(a.defaults().get(di), PR_TEST);
            }
            if (i + 1 == a.posonlyargs().size()) {
                sb.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            first = comma(first);
            sb.append('*');
            if (a.vararg() != null) {
                sb.append(a.vararg().arg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            first = comma(first);
            sb.append(a.kwonlyargs().get(i).arg());
            Ast.Expr d = a.kwDefaults().get(i);
            if (d != null) {
                sb.append('=');
                expr(d, PR_TEST);
            }
        }
        if (a.kwarg() != null) {
            comma(first);
            sb.append("**").append(a.kwarg().arg());
        }
    }

    private boolean comma(boolean first) {
        if (!first) {
            sb.append(", ");
        }
        return false;
    }

    private void constant(Object v) {
        switch (v) {
            case Constants.Singleton s -> sb.append(s == Constants.Singleton.NONE ? "None" : "...");
            case Double d when d.isInfinite() -> sb.append(d > 0 ? "1e309" : "-1e309");
            case Constants.Imaginary j when Double.isInfinite(j.imag()) -> sb.append(j.imag() > 0 ? "1e309j" : "-1e309j");
            case CodeConstants.Tuple t -> {
                sb.append('(');
                for (int i = 0; i < t.items().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    constant(t.items().get(i));
                }
                sb.append(t.items().size() == 1 ? ",)" : ")");
            }
            default -> CodeConstants.appendRepr(sb, v);
        }
    }
}
