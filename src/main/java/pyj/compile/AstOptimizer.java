package pyj.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import pyj.code.CodeConstants;
import pyj.parse.ast.Ast;
import pyj.parse.ast.Constants;

/**
 * CPython 3.11's Python/ast_opt.c: constant folding on the tree before the symbol table and code
 * generation. Folds unary and binary operations on constants (within CPython's size limits),
 * constant tuples, {@code in}/{@code not in} over list and set displays (to tuple and frozenset),
 * subscripts of constants, {@code '%s' % (...)} with a simple format into an f-string, and
 * {@code __debug__}. A folding that would raise is left alone, as CPython leaves it.
 */
public final class AstOptimizer {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;

    private final boolean futureAnnotations;

    private AstOptimizer(boolean futureAnnotations) {
        this.futureAnnotations = futureAnnotations;
    }

    public static Ast.Mod optimize(Ast.Mod mod, FutureFeatures future) {
        AstOptimizer o = new AstOptimizer(future.annotations());
        return switch (mod) {
            case Ast.Module m -> new Ast.Module(o.body(m.body()), m.typeIgnores());
            case Ast.Interactive i -> new Ast.Interactive(o.stmts(i.body()));
            case Ast.Expression e -> new Ast.Expression(o.expr(e.body()));
            case Ast.FunctionType f -> f;
        };
    }

    /** A failed fold: the node stays as it is. */
    private static final class NoFold extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoFold() {
            super(null, null, false, false);
        }
    }

    private static boolean isDocstring(List<Ast.Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Ast.ExprStmt es && es.value() instanceof Ast.Constant k
                && (k.value() instanceof String || k.value() instanceof Constants.CodePointStr);
    }

    private List<Ast.Stmt> body(List<Ast.Stmt> stmts) {
        boolean doc = isDocstring(stmts);
        List<Ast.Stmt> out = stmts(stmts);
        if (!doc && isDocstring(out)) {
            Ast.ExprStmt st = (Ast.ExprStmt) out.get(0);
            Ast.JoinedStr j = new Ast.JoinedStr(List.of(st.value()), st.lineno(), st.colOffset(), st.endLineno(),
                    st.endColOffset());
            out.set(0, new Ast.ExprStmt(j, st.lineno(), st.colOffset(), st.endLineno(), st.endColOffset()));
        }
        return out;
    }

    private List<Ast.Stmt> stmts(List<Ast.Stmt> stmts) {
        List<Ast.Stmt> out = new ArrayList<>(stmts.size());
        for (Ast.Stmt s : stmts) {
            out.add(stmt(s));
        }
        return out;
    }

    private List<Ast.Expr> exprs(List<Ast.Expr> es) {
        List<Ast.Expr> out = new ArrayList<>(es.size());
        for (Ast.Expr e : es) {
            out.add(e == null ? null : expr(e));
        }
        return out;
    }

    private Ast.Expr opt(Ast.Expr e) {
        return e == null ? null : expr(e);
    }

    private Ast.Expr ann(Ast.Expr e) {
        return futureAnnotations ? e : opt(e);
    }

    private Ast.Arguments arguments(Ast.Arguments a) {
        return new Ast.Arguments(args(a.posonlyargs()), args(a.args()), arg(a.vararg()), args(a.kwonlyargs()),
                exprs(a.kwDefaults()), arg(a.kwarg()), exprs(a.defaults()));
    }

    private List<Ast.Arg> args(List<Ast.Arg> as) {
        List<Ast.Arg> out = new ArrayList<>(as.size());
        for (Ast.Arg a : as) {
            out.add(arg(a));
        }
        return out;
    }

    private Ast.Arg arg(Ast.Arg a) {
        if (a == null) {
            return null;
        }
        return new Ast.Arg(a.arg(), ann(a.annotation()), a.typeComment(), a.lineno(), a.colOffset(), a.endLineno(),
                a.endColOffset());
    }

    private List<Ast.Keyword> keywords(List<Ast.Keyword> ks) {
        List<Ast.Keyword> out = new ArrayList<>(ks.size());
        for (Ast.Keyword k : ks) {
            out.add(new Ast.Keyword(k.arg(), expr(k.value()), k.lineno(), k.colOffset(), k.endLineno(),
                    k.endColOffset()));
        }
        return out;
    }

    private List<Ast.ExceptHandlerNode> handlers(List<Ast.ExceptHandlerNode> hs) {
        List<Ast.ExceptHandlerNode> out = new ArrayList<>(hs.size());
        for (Ast.ExceptHandlerNode n : hs) {
            Ast.ExceptHandler h = (Ast.ExceptHandler) n;
            out.add(new Ast.ExceptHandler(opt(h.type()), h.name(), stmts(h.body()), h.lineno(), h.colOffset(),
                    h.endLineno(), h.endColOffset()));
        }
        return out;
    }

    private List<Ast.WithItem> items(List<Ast.WithItem> is) {
        List<Ast.WithItem> out = new ArrayList<>(is.size());
        for (Ast.WithItem i : is) {
            out.add(new Ast.WithItem(expr(i.contextExpr()), opt(i.optionalVars())));
        }
        return out;
    }

    private Ast.Stmt stmt(Ast.Stmt s) {
        return switch (s) {
            case Ast.FunctionDef f -> new Ast.FunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    exprs(f.decoratorList()), ann(f.returns()), f.typeComment(), f.lineno(), f.colOffset(),
                    f.endLineno(), f.endColOffset());
            case Ast.AsyncFunctionDef f -> new Ast.AsyncFunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    exprs(f.decoratorList()), ann(f.returns()), f.typeComment(), f.lineno(), f.colOffset(),
                    f.endLineno(), f.endColOffset());
            case Ast.ClassDef c -> new Ast.ClassDef(c.name(), exprs(c.bases()), keywords(c.keywords()),
                    body(c.body()), exprs(c.decoratorList()), c.lineno(), c.colOffset(), c.endLineno(),
                    c.endColOffset());
            case Ast.Return r -> new Ast.Return(opt(r.value()), r.lineno(), r.colOffset(), r.endLineno(),
                    r.endColOffset());
            case Ast.Delete d -> new Ast.Delete(exprs(d.targets()), d.lineno(), d.colOffset(), d.endLineno(),
                    d.endColOffset());
            case Ast.Assign a -> new Ast.Assign(exprs(a.targets()), expr(a.value()), a.typeComment(), a.lineno(),
                    a.colOffset(), a.endLineno(), a.endColOffset());
            case Ast.AugAssign a -> new Ast.AugAssign(expr(a.target()), a.op(), expr(a.value()), a.lineno(),
                    a.colOffset(), a.endLineno(), a.endColOffset());
            case Ast.AnnAssign a -> new Ast.AnnAssign(expr(a.target()), ann(a.annotation()), opt(a.value()),
                    a.simple(), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            case Ast.For f -> new Ast.For(expr(f.target()), foldIter(expr(f.iter())), stmts(f.body()),
                    stmts(f.orelse()), f.typeComment(), f.lineno(), f.colOffset(), f.endLineno(), f.endColOffset());
            case Ast.AsyncFor f -> new Ast.AsyncFor(expr(f.target()), expr(f.iter()), stmts(f.body()),
                    stmts(f.orelse()), f.typeComment(), f.lineno(), f.colOffset(), f.endLineno(), f.endColOffset());
            case Ast.While w -> new Ast.While(expr(w.test()), stmts(w.body()), stmts(w.orelse()), w.lineno(),
                    w.colOffset(), w.endLineno(), w.endColOffset());
            case Ast.If i -> new Ast.If(expr(i.test()), stmts(i.body()), stmts(i.orelse()), i.lineno(),
                    i.colOffset(), i.endLineno(), i.endColOffset());
            case Ast.With w -> new Ast.With(items(w.items()), stmts(w.body()), w.typeComment(), w.lineno(),
                    w.colOffset(), w.endLineno(), w.endColOffset());
            case Ast.AsyncWith w -> new Ast.AsyncWith(items(w.items()), stmts(w.body()), w.typeComment(),
                    w.lineno(), w.colOffset(), w.endLineno(), w.endColOffset());
            case Ast.Match m -> {
                List<Ast.MatchCase> cases = new ArrayList<>();
                for (Ast.MatchCase c : m.cases()) {
                    cases.add(new Ast.MatchCase(pattern(c.pattern()), opt(c.guard()), stmts(c.body())));
                }
                yield new Ast.Match(expr(m.subject()), cases, m.lineno(), m.colOffset(), m.endLineno(),
                        m.endColOffset());
            }
            case Ast.Raise r -> new Ast.Raise(opt(r.exc()), opt(r.cause()), r.lineno(), r.colOffset(),
                    r.endLineno(), r.endColOffset());
            case Ast.Try t -> new Ast.Try(stmts(t.body()), handlers(t.handlers()), stmts(t.orelse()),
                    stmts(t.finalbody()), t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            case Ast.TryStar t -> new Ast.TryStar(stmts(t.body()), handlers(t.handlers()), stmts(t.orelse()),
                    stmts(t.finalbody()), t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            case Ast.Assert a -> new Ast.Assert(expr(a.test()), opt(a.msg()), a.lineno(), a.colOffset(),
                    a.endLineno(), a.endColOffset());
            case Ast.ExprStmt e -> new Ast.ExprStmt(expr(e.value()), e.lineno(), e.colOffset(), e.endLineno(),
                    e.endColOffset());
            default -> s;
        };
    }

    private List<Ast.Pattern> patterns(List<Ast.Pattern> ps) {
        List<Ast.Pattern> out = new ArrayList<>(ps.size());
        for (Ast.Pattern p : ps) {
            out.add(pattern(p));
        }
        return out;
    }

    private Ast.Pattern pattern(Ast.Pattern p) {
        return switch (p) {
            case null -> null;
            case Ast.MatchValue v -> new Ast.MatchValue(expr(v.value()), v.lineno(), v.colOffset(), v.endLineno(),
                    v.endColOffset());
            case Ast.MatchSequence s -> new Ast.MatchSequence(patterns(s.patterns()), s.lineno(), s.colOffset(),
                    s.endLineno(), s.endColOffset());
            case Ast.MatchMapping m -> new Ast.MatchMapping(exprs(m.keys()), patterns(m.patterns()), m.rest(),
                    m.lineno(), m.colOffset(), m.endLineno(), m.endColOffset());
            case Ast.MatchClass c -> new Ast.MatchClass(expr(c.cls()), patterns(c.patterns()), c.kwdAttrs(),
                    patterns(c.kwdPatterns()), c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            case Ast.MatchAs a -> new Ast.MatchAs(pattern(a.pattern()), a.name(), a.lineno(), a.colOffset(),
                    a.endLineno(), a.endColOffset());
            case Ast.MatchOr o -> new Ast.MatchOr(patterns(o.patterns()), o.lineno(), o.colOffset(), o.endLineno(),
                    o.endColOffset());
            default -> p;
        };
    }

    private List<Ast.Comprehension> comprehensions(List<Ast.Comprehension> gs) {
        List<Ast.Comprehension> out = new ArrayList<>(gs.size());
        for (Ast.Comprehension g : gs) {
            Ast.Expr target = expr(g.target());
            Ast.Expr iter = expr(g.iter());
            List<Ast.Expr> ifs = exprs(g.ifs());
            out.add(new Ast.Comprehension(target, foldIter(iter), ifs, g.isAsync()));
        }
        return out;
    }

    private static Ast.Constant constant(Object v, Ast.Expr at) {
        return new Ast.Constant(v, null, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    Ast.Expr expr(Ast.Expr e) {
        switch (e) {
            case Ast.BoolOp b -> {
                return new Ast.BoolOp(b.op(), exprs(b.values()), b.lineno(), b.colOffset(), b.endLineno(),
                        b.endColOffset());
            }
            case Ast.NamedExpr n -> {
                return new Ast.NamedExpr(expr(n.target()), expr(n.value()), n.lineno(), n.colOffset(),
                        n.endLineno(), n.endColOffset());
            }
            case Ast.BinOp b -> {
                Ast.BinOp nb = new Ast.BinOp(expr(b.left()), b.op(), expr(b.right()), b.lineno(), b.colOffset(),
                        b.endLineno(), b.endColOffset());
                return foldBinop(nb);
            }
            case Ast.UnaryOp u -> {
                Ast.UnaryOp nu = new Ast.UnaryOp(u.op(), expr(u.operand()), u.lineno(), u.colOffset(),
                        u.endLineno(), u.endColOffset());
                return foldUnaryop(nu);
            }
            case Ast.Lambda l -> {
                return new Ast.Lambda(arguments(l.args()), expr(l.body()), l.lineno(), l.colOffset(),
                        l.endLineno(), l.endColOffset());
            }
            case Ast.IfExp i -> {
                return new Ast.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()), i.lineno(), i.colOffset(),
                        i.endLineno(), i.endColOffset());
            }
            case Ast.Dict d -> {
                return new Ast.Dict(exprs(d.keys()), exprs(d.values()), d.lineno(), d.colOffset(), d.endLineno(),
                        d.endColOffset());
            }
            case Ast.Set s -> {
                return new Ast.Set(exprs(s.elts()), s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            }
            case Ast.ListComp c -> {
                return new Ast.ListComp(expr(c.elt()), comprehensions(c.generators()), c.lineno(), c.colOffset(),
                        c.endLineno(), c.endColOffset());
            }
            case Ast.SetComp c -> {
                return new Ast.SetComp(expr(c.elt()), comprehensions(c.generators()), c.lineno(), c.colOffset(),
                        c.endLineno(), c.endColOffset());
            }
            case Ast.DictComp c -> {
                return new Ast.DictComp(expr(c.key()), expr(c.value()), comprehensions(c.generators()),
                        c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case Ast.GeneratorExp c -> {
                return new Ast.GeneratorExp(expr(c.elt()), comprehensions(c.generators()), c.lineno(),
                        c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case Ast.Await a -> {
                return new Ast.Await(expr(a.value()), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            }
            case Ast.Yield y -> {
                return new Ast.Yield(opt(y.value()), y.lineno(), y.colOffset(), y.endLineno(), y.endColOffset());
            }
            case Ast.YieldFrom y -> {
                return new Ast.YieldFrom(expr(y.value()), y.lineno(), y.colOffset(), y.endLineno(),
                        y.endColOffset());
            }
            case Ast.Compare c -> {
                List<Ast.Expr> comps = exprs(c.comparators());
                int last = c.ops().size() - 1;
                Ast.CmpOp op = c.ops().get(last);
                if (op == Ast.CmpOp.In || op == Ast.CmpOp.NotIn) {
                    comps.set(last, foldIter(comps.get(last)));
                }
                return new Ast.Compare(expr(c.left()), c.ops(), comps, c.lineno(), c.colOffset(), c.endLineno(),
                        c.endColOffset());
            }
            case Ast.Call c -> {
                return new Ast.Call(expr(c.func()), exprs(c.args()), keywords(c.keywords()), c.lineno(),
                        c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case Ast.FormattedValue f -> {
                return new Ast.FormattedValue(expr(f.value()), f.conversion(), opt(f.formatSpec()), f.lineno(),
                        f.colOffset(), f.endLineno(), f.endColOffset());
            }
            case Ast.JoinedStr j -> {
                return new Ast.JoinedStr(exprs(j.values()), j.lineno(), j.colOffset(), j.endLineno(),
                        j.endColOffset());
            }
            case Ast.Attribute a -> {
                return new Ast.Attribute(expr(a.value()), a.attr(), a.ctx(), a.lineno(), a.colOffset(),
                        a.endLineno(), a.endColOffset());
            }
            case Ast.Subscript s -> {
                Ast.Subscript ns = new Ast.Subscript(expr(s.value()), expr(s.slice()), s.ctx(), s.lineno(),
                        s.colOffset(), s.endLineno(), s.endColOffset());
                return foldSubscr(ns);
            }
            case Ast.Starred s -> {
                return new Ast.Starred(expr(s.value()), s.ctx(), s.lineno(), s.colOffset(), s.endLineno(),
                        s.endColOffset());
            }
            case Ast.Slice s -> {
                return new Ast.Slice(opt(s.lower()), opt(s.upper()), opt(s.step()), s.lineno(), s.colOffset(),
                        s.endLineno(), s.endColOffset());
            }
            case Ast.List l -> {
                return new Ast.List(exprs(l.elts()), l.ctx(), l.lineno(), l.colOffset(), l.endLineno(),
                        l.endColOffset());
            }
            case Ast.Tuple t -> {
                Ast.Tuple nt = new Ast.Tuple(exprs(t.elts()), t.ctx(), t.lineno(), t.colOffset(), t.endLineno(),
                        t.endColOffset());
                if (nt.ctx() == Ast.ExprContext.Load) {
                    CodeConstants.Tuple k = constTuple(nt.elts());
                    if (k != null) {
                        return constant(k, nt);
                    }
                }
                return nt;
            }
            case Ast.Name n -> {
                if (n.ctx() == Ast.ExprContext.Load && n.id().equals("__debug__")) {
                    return constant(Boolean.TRUE, n);
                }
                return n;
            }
            default -> {
                return e;
            }
        }
    }

    private static CodeConstants.Tuple constTuple(List<Ast.Expr> elts) {
        List<Object> vals = new ArrayList<>(elts.size());
        for (Ast.Expr x : elts) {
            if (!(x instanceof Ast.Constant k)) {
                return null;
            }
            vals.add(k.value());
        }
        return new CodeConstants.Tuple(vals);
    }

    private static boolean hasStarred(List<Ast.Expr> elts) {
        for (Ast.Expr x : elts) {
            if (x instanceof Ast.Starred) {
                return true;
            }
        }
        return false;
    }

    /** fold_iter: a list display iterated over becomes a tuple, a set display a frozenset. */
    private static Ast.Expr foldIter(Ast.Expr arg) {
        if (arg instanceof Ast.List l) {
            if (hasStarred(l.elts())) {
                return arg;
            }
            Ast.Tuple t = new Ast.Tuple(l.elts(), l.ctx(), l.lineno(), l.colOffset(), l.endLineno(),
                    l.endColOffset());
            CodeConstants.Tuple k = constTuple(l.elts());
            return k != null ? constant(k, t) : t;
        }
        if (arg instanceof Ast.Set s) {
            CodeConstants.Tuple k = constTuple(s.elts());
            return k != null ? constant(CodeGenerator.frozenset(k.items()), s) : arg;
        }
        return arg;
    }

    private Ast.Expr foldUnaryop(Ast.UnaryOp node) {
        Ast.Expr arg = node.operand();
        if (!(arg instanceof Ast.Constant k)) {
            if (node.op() == Ast.UnaryOpKind.Not && arg instanceof Ast.Compare c && c.ops().size() == 1) {
                Ast.CmpOp op = switch (c.ops().get(0)) {
                    case Is -> Ast.CmpOp.IsNot;
                    case IsNot -> Ast.CmpOp.Is;
                    case In -> Ast.CmpOp.NotIn;
                    case NotIn -> Ast.CmpOp.In;
                    default -> null;
                };
                if (op != null) {
                    return new Ast.Compare(c.left(), List.of(op), c.comparators(), c.lineno(), c.colOffset(),
                            c.endLineno(), c.endColOffset());
                }
            }
            return node;
        }
        try {
            Object v = k.value();
            Object r = switch (node.op()) {
                case Not -> !PyValues.isTrue(v);
                case Invert -> PyValues.asInt(v).not();
                case UAdd -> PyValues.positive(v);
                case USub -> PyValues.negative(v);
            };
            return constant(r, node);
        } catch (NoFold | PyValues.NotFoldable e) {
            return node;
        }
    }

    private Ast.Expr foldBinop(Ast.BinOp node) {
        Ast.Expr lhs = node.left();
        Ast.Expr rhs = node.right();
        if (!(lhs instanceof Ast.Constant lk)) {
            return node;
        }
        Object lv = lk.value();
        if (node.op() == Ast.Operator.Mod && rhs instanceof Ast.Tuple t && lv instanceof String fmt
                && !hasStarred(t.elts())) {
            Ast.Expr r = optimizeFormat(node, fmt, t.elts());
            return r == null ? node : r;
        }
        if (!(rhs instanceof Ast.Constant rk)) {
            return node;
        }
        Object rv = rk.value();
        try {
            Object r = switch (node.op()) {
                case Add -> PyValues.add(lv, rv);
                case Sub -> PyValues.sub(lv, rv);
                case Mult -> safeMultiply(lv, rv);
                case Div -> PyValues.trueDiv(lv, rv);
                case FloorDiv -> PyValues.floorDiv(lv, rv);
                case Mod -> {
                    if (PyValues.isStrOrBytes(lv)) {
                        throw new NoFold();
                    }
                    yield PyValues.mod(lv, rv);
                }
                case Pow -> safePower(lv, rv);
                case LShift -> safeLshift(lv, rv);
                case RShift -> PyValues.rshift(lv, rv);
                case BitOr -> PyValues.bitop(lv, rv, '|');
                case BitXor -> PyValues.bitop(lv, rv, '^');
                case BitAnd -> PyValues.bitop(lv, rv, '&');
                case MatMult -> throw new NoFold();
            };
            return constant(r, node);
        } catch (NoFold | PyValues.NotFoldable e) {
            return node;
        }
    }

    private static boolean isIntLike(Object v) {
        return v instanceof BigInteger || v instanceof Boolean;
    }

    private static int checkComplexity(Object o, int limit) {
        if (o instanceof CodeConstants.Tuple t) {
            limit -= t.items().size();
            for (Object x : t.items()) {
                if (limit < 0) {
                    break;
                }
                limit = checkComplexity(x, limit);
            }
        } else if (o instanceof CodeConstants.FrozenSet f) {
            limit -= f.items().size();
            for (Object x : f.items()) {
                if (limit < 0) {
                    break;
                }
                limit = checkComplexity(x, limit);
            }
        }
        return limit;
    }

    private static Object safeMultiply(Object v, Object w) {
        if (isIntLike(v) && isIntLike(w)) {
            BigInteger a = PyValues.asInt(v);
            BigInteger b = PyValues.asInt(w);
            if (a.signum() != 0 && b.signum() != 0 && a.abs().bitLength() + b.abs().bitLength() > MAX_INT_SIZE) {
                throw new NoFold();
            }
        } else if (isIntLike(v) && (w instanceof CodeConstants.Tuple || w instanceof CodeConstants.FrozenSet)) {
            int size = w instanceof CodeConstants.Tuple t ? t.items().size()
                    : ((CodeConstants.FrozenSet) w).items().size();
            if (size > 0) {
                BigInteger n = PyValues.asInt(v);
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / size)) > 0) {
                    throw new NoFold();
                }
                if (n.signum() != 0 && checkComplexity(w, MAX_TOTAL_ITEMS / n.intValue()) < 0) {
                    throw new NoFold();
                }
            }
        } else if (isIntLike(v) && PyValues.isStrOrBytes(w)) {
            int size = PyValues.len(w);
            if (size > 0) {
                BigInteger n = PyValues.asInt(v);
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) {
                    throw new NoFold();
                }
            }
        } else if (isIntLike(w) && (w != v) && (v instanceof CodeConstants.Tuple
                || v instanceof CodeConstants.FrozenSet || PyValues.isStrOrBytes(v))) {
            return safeMultiply(w, v);
        }
        return PyValues.mul(v, w);
    }

    private static Object safePower(Object v, Object w) {
        if (isIntLike(v) && isIntLike(w)) {
            BigInteger a = PyValues.asInt(v);
            BigInteger b = PyValues.asInt(w);
            if (a.signum() != 0 && b.signum() > 0) {
                long vbits = a.abs().bitLength();
                if (b.bitLength() > 62 || vbits > MAX_INT_SIZE / b.longValue()) {
                    throw new NoFold();
                }
            }
        }
        return PyValues.pow(v, w);
    }

    private static Object safeLshift(Object v, Object w) {
        if (isIntLike(v) && isIntLike(w)) {
            BigInteger a = PyValues.asInt(v);
            BigInteger b = PyValues.asInt(w);
            if (a.signum() != 0 && b.signum() != 0) {
                if (b.signum() < 0) {
                    throw new NoFold();
                }
                long vbits = a.abs().bitLength();
                if (b.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0 || vbits > MAX_INT_SIZE - b.longValue()) {
                    throw new NoFold();
                }
            }
        }
        return PyValues.lshift(v, w);
    }

    private Ast.Expr foldSubscr(Ast.Subscript node) {
        if (node.ctx() != Ast.ExprContext.Load || !(node.value() instanceof Ast.Constant a)
                || !(node.slice() instanceof Ast.Constant i)) {
            return node;
        }
        try {
            return constant(PyValues.getItem(a.value(), i.value()), node);
        } catch (NoFold | PyValues.NotFoldable e) {
            return node;
        }
    }

    // ------------------------------------------------------------ '%' formatting into an f-string

    private static Ast.Expr optimizeFormat(Ast.BinOp node, String fmt, List<Ast.Expr> elts) {
        int[] pos = {0};
        int cnt = 0;
        List<Ast.Expr> seq = new ArrayList<>();
        int[] cps = fmt.codePoints().toArray();
        while (true) {
            Ast.Expr lit = parseLiteral(cps, pos);
            if (lit != null) {
                seq.add(lit);
            }
            if (pos[0] >= cps.length) {
                break;
            }
            if (cnt >= elts.size()) {
                return null;
            }
            pos[0]++;
            Ast.Expr expr = parseFormat(cps, pos, elts.get(cnt));
            cnt++;
            if (expr == null) {
                return null;
            }
            seq.add(expr);
        }
        if (cnt < elts.size()) {
            return null;
        }
        return new Ast.JoinedStr(seq, node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset());
    }

    private static Ast.Expr parseLiteral(int[] cps, int[] ppos) {
        int start = ppos[0];
        int pos = start;
        boolean hasPercents = false;
        while (pos < cps.length) {
            if (cps[pos] != '%') {
                pos++;
            } else if (pos + 1 < cps.length && cps[pos + 1] == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String str = new String(cps, start, pos - start);
        if (hasPercents) {
            str = str.replace("%%", "%");
        }
        return new Ast.Constant(str, null, -1, -1, -1, -1);
    }

    private static Ast.Expr parseFormat(int[] cps, int[] ppos, Ast.Expr arg) {
        int pos = ppos[0];
        int len = cps.length;
        int flags = 0;
        int width = -1;
        int prec = -1;
        int ch;
        if (pos >= len) {
            return null;
        }
        ch = cps[pos++];
        while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
            if (ch == '-') {
                flags |= 1;
            }
            if (pos >= len) {
                return null;
            }
            ch = cps[pos++];
        }
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= 3) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= len) {
                return null;
            }
            ch = cps[pos++];
            prec = 0;
            if ('0' <= ch && ch <= '9') {
                int digits = 0;
                while ('0' <= ch && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (pos >= len) {
                        return null;
                    }
                    ch = cps[pos++];
                    if (++digits >= 3) {
                        return null;
                    }
                }
            }
        }
        ppos[0] = pos;
        if (ch == 's' || ch == 'r' || ch == 'a') {
            StringBuilder buf = new StringBuilder();
            if ((flags & 1) == 0 && width > 0) {
                buf.append('>');
            }
            if (width >= 0) {
                buf.append(width);
            }
            if (prec >= 0) {
                buf.append('.').append(prec);
            }
            Ast.Expr spec = buf.isEmpty() ? null : new Ast.Constant(buf.toString(), null, -1, -1, -1, -1);
            return new Ast.FormattedValue(arg, ch, spec, arg.lineno(), arg.colOffset(), arg.endLineno(),
                    arg.endColOffset());
        }
        return null;
    }
}
