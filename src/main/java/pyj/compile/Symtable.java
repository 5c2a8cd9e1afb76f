package pyj.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyj.compile.SymtableEntry.BlockType;
import pyj.compile.SymtableEntry.ComprehensionType;
import pyj.parse.PySyntaxError;
import pyj.parse.ast.Ast;

/**
 * The symbol table of one module, built as CPython 3.11's {@code Python/symtable.c} builds it.
 * Pass 1 walks the AST, opening a {@link SymtableEntry} per scope and recording raw DEF_* / USE
 * facts per (mangled) name; pass 2 ({@link #analyze}) resolves every name to LOCAL, CELL, FREE,
 * GLOBAL_EXPLICIT or GLOBAL_IMPLICIT, propagating free variables outwards through classes and
 * comprehensions. SyntaxErrors carry CPython's message and positions: offsets are UTF-8 byte
 * columns + 1 (CPython does not convert them to characters here) and {@code text} is null (the
 * caller that holds the source fills it in, as CPython reads it back from the file).
 */
public final class Symtable {

    // Def-use flags (pycore_symtable.h).
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 2 << 1;
    public static final int DEF_NONLOCAL = 2 << 2;
    public static final int USE = 2 << 3;
    public static final int DEF_FREE = 2 << 4;
    public static final int DEF_FREE_CLASS = 2 << 5;
    public static final int DEF_IMPORT = 2 << 6;
    public static final int DEF_ANNOT = 2 << 7;
    public static final int DEF_COMP_ITER = 2 << 8;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    // Scopes, stored in a symbol's flags at SCOPE_OFFSET.
    public static final int SCOPE_OFFSET = 11;
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    /** CPython's default: 3 x the default recursion limit of 1000. */
    static final int RECURSION_LIMIT = 3000;

    private final String filename;
    private final boolean futureAnnotations;
    private final IdentityHashMap<Ast.Node, SymtableEntry> blocks = new IdentityHashMap<>();
    private final ArrayList<SymtableEntry> stack = new ArrayList<>();
    private SymtableEntry cur;
    private SymtableEntry top;
    /** The module's symbols: {@code global} statements anywhere also record the name here. */
    private Map<String, Integer> global;
    /** The name of the innermost enclosing class, for mangling {@code __private} names. */
    private String privateName;
    private int depth;

    private Symtable(String filename, FutureFeatures future) {
        this.filename = filename;
        this.futureAnnotations = future.annotations();
    }

    /**
     * Build and analyse the symbol table of a module (exec), expression (eval) or interactive
     * input (single).
     *
     * @throws PySyntaxError         for the scoping errors CPython's symtable raises
     * @throws CompileRecursionError when the tree is nested too deeply
     */
    public static Symtable build(Ast.Mod mod, String filename, FutureFeatures future) {
        Symtable st = new Symtable(filename, future);
        st.enterBlock("top", BlockType.MODULE, mod, 0, 0, 0, 0);
        st.top = st.cur;
        switch (mod) {
            case Ast.Module m -> st.visitStmts(m.body());
            case Ast.Expression e -> st.visitExpr(e.body());
            case Ast.Interactive i -> st.visitStmts(i.body());
            case Ast.FunctionType f -> throw new IllegalArgumentException(
                    "this compiler does not handle FunctionTypes");
        }
        st.exitBlock();
        st.analyze();
        return st;
    }

    /** The module block. */
    public SymtableEntry top() {
        return top;
    }

    /** The block a def, class, lambda, comprehension or Mod node opened. */
    public SymtableEntry lookup(Ast.Node key) {
        SymtableEntry ste = blocks.get(key);
        if (ste == null) {
            throw new IllegalArgumentException("unknown symbol table entry");
        }
        return ste;
    }

    /** The scope bits of a symbol's flags. */
    public static int scopeOf(int flags) {
        return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    /**
     * CPython's {@code _Py_Mangle}: inside class {@code C}, {@code __x} becomes {@code _C__x}
     * unless it also ends in two underscores, holds a dot, or the class name is all underscores.
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    // ---------------------------------------------------------------------------------------
    // Pass 1: collect raw facts.

    private void enterBlock(String name, BlockType type, Ast.Node key, int lineno, int colOffset, int endLineno,
            int endColOffset) {
        SymtableEntry prev = cur;
        boolean nested = prev != null && (prev.nested || prev.type == BlockType.FUNCTION);
        SymtableEntry ste = new SymtableEntry(name, type, key, nested, lineno, colOffset, endLineno, endColOffset);
        // A later block with the same key wins, as in CPython (function annotations vs. the def).
        blocks.put(key, ste);
        stack.add(ste);
        // bpo-37757: walrus is banned anywhere inside a comprehension's outermost iterable.
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        cur = ste;
        // Annotation blocks (future annotations) only swallow names; nobody analyses them.
        if (type == BlockType.ANNOTATION) {
            return;
        }
        if (type == BlockType.MODULE) {
            global = ste.symbols;
        }
        if (prev != null) {
            prev.children.add(ste);
        }
    }

    private void enterBlock(String name, BlockType type, Ast.Node key, Ast.Located loc) {
        enterBlock(name, type, key, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    private void exitBlock() {
        stack.removeLast();
        cur = stack.isEmpty() ? null : stack.getLast();
    }

    private PySyntaxError error(String msg, int lineno, int colOffset, int endLineno, int endColOffset) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, lineno, colOffset + 1, null,
                endLineno, endColOffset + 1);
    }

    private PySyntaxError error(String msg, Ast.Located loc) {
        return error(msg, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    private void addDef(String name, int flag, Ast.Located loc) {
        addDefHelper(name, flag, cur, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    private void addDefHelper(String name, int flag, SymtableEntry ste, int lineno, int colOffset, int endLineno,
            int endColOffset) {
        String mangled = mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", lineno, colOffset,
                        endLineno, endColOffset);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            // An iteration variable may not be a name a walrus already bound outwards.
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        lineno, colOffset, endLineno, endColOffset);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            global.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    /** The current block's flags for a name (mangled first), 0 if unknown. */
    private int lookup(String name) {
        return cur.flags(mangle(privateName, name));
    }

    private void recordDirective(String name, Ast.Located loc) {
        if (cur.directives == null) {
            cur.directives = new ArrayList<>(2);
        }
        cur.directives.add(new SymtableEntry.Directive(mangle(privateName, name), loc.lineno(), loc.colOffset(),
                loc.endLineno(), loc.endColOffset()));
    }

    private void enterRecursion() {
        if (++depth > RECURSION_LIMIT) {
            throw new CompileRecursionError();
        }
    }

    private void visitStmts(List<Ast.Stmt> stmts) {
        for (Ast.Stmt s : stmts) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<Ast.Expr> exprs) {
        for (Ast.Expr e : exprs) {
            visitExpr(e);
        }
    }

    /** For lists with holes: dict keys of {@code **} entries, kw_defaults without a default. */
    private void visitExprsWithNull(List<Ast.Expr> exprs) {
        for (Ast.Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitStmt(Ast.Stmt s) {
        enterRecursion();
        switch (s) {
            case Ast.FunctionDef f -> visitFunction(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    false);
            case Ast.AsyncFunctionDef f -> visitFunction(s, f.name(), f.args(), f.body(), f.decoratorList(),
                    f.returns(), true);
            case Ast.ClassDef c -> {
                addDef(c.name(), DEF_LOCAL, c);
                visitExprs(c.bases());
                for (Ast.Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
                visitExprs(c.decoratorList());
                enterBlock(c.name(), BlockType.CLASS, c, c);
                String outer = privateName;
                privateName = c.name();
                visitStmts(c.body());
                privateName = outer;
                exitBlock();
            }
            case Ast.Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Ast.Delete d -> visitExprs(d.targets());
            case Ast.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case Ast.AnnAssign a -> visitAnnAssign(a);
            case Ast.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Ast.For f -> visitFor(f.target(), f.iter(), f.body(), f.orelse());
            case Ast.AsyncFor f -> visitFor(f.target(), f.iter(), f.body(), f.orelse());
            case Ast.While w -> {
                visitExpr(w.test());
                visitStmts(w.body());
                visitStmts(w.orelse());
            }
            case Ast.If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case Ast.Match m -> {
                visitExpr(m.subject());
                for (Ast.MatchCase c : m.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) {
                        visitExpr(c.guard());
                    }
                    visitStmts(c.body());
                }
            }
            case Ast.Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                    }
                }
            }
            case Ast.Try t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Ast.TryStar t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Ast.Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) {
                    visitExpr(a.msg());
                }
            }
            case Ast.Import i -> visitAliases(i.names());
            case Ast.ImportFrom i -> visitAliases(i.names());
            case Ast.Global g -> visitDeclaration(g.names(), g, true);
            case Ast.Nonlocal n -> visitDeclaration(n.names(), n, false);
            case Ast.ExprStmt e -> visitExpr(e.value());
            case Ast.Pass p -> { }
            case Ast.Break b -> { }
            case Ast.Continue c -> { }
            case Ast.With w -> visitWith(w.items(), w.body());
            case Ast.AsyncWith w -> visitWith(w.items(), w.body());
        }
        depth--;
    }

    private void visitFunction(Ast.Stmt s, String name, Ast.Arguments args, List<Ast.Stmt> body,
            List<Ast.Expr> decorators, Ast.Expr returns, boolean async) {
        addDef(name, DEF_LOCAL, s);
        // Defaults, annotations and decorators are evaluated in the enclosing scope.
        visitExprs(args.defaults());
        visitExprsWithNull(args.kwDefaults());
        visitAnnotations(s, args, returns);
        visitExprs(decorators);
        enterBlock(name, BlockType.FUNCTION, s, s);
        if (async) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
    }

    private void visitFor(Ast.Expr target, Ast.Expr iter, List<Ast.Stmt> body, List<Ast.Stmt> orelse) {
        visitExpr(target);
        visitExpr(iter);
        visitStmts(body);
        visitStmts(orelse);
    }

    private void visitTry(List<Ast.Stmt> body, List<Ast.ExceptHandlerNode> handlers, List<Ast.Stmt> orelse,
            List<Ast.Stmt> finalbody) {
        // CPython's order: body, else, handlers, finally.
        visitStmts(body);
        visitStmts(orelse);
        for (Ast.ExceptHandlerNode h : handlers) {
            Ast.ExceptHandler eh = (Ast.ExceptHandler) h;
            if (eh.type() != null) {
                visitExpr(eh.type());
            }
            if (eh.name() != null) {
                addDef(eh.name(), DEF_LOCAL, eh);
            }
            visitStmts(eh.body());
        }
        visitStmts(finalbody);
    }

    private void visitWith(List<Ast.WithItem> items, List<Ast.Stmt> body) {
        for (Ast.WithItem item : items) {
            visitExpr(item.contextExpr());
            if (item.optionalVars() != null) {
                visitExpr(item.optionalVars());
            }
        }
        visitStmts(body);
    }

    private void visitAnnAssign(Ast.AnnAssign a) {
        if (a.target() instanceof Ast.Name n) {
            int flags = lookup(n.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != global && a.simple() != 0) {
                throw error("annotated name '" + n.id() + "' can't be "
                        + ((flags & DEF_GLOBAL) != 0 ? "global" : "nonlocal"), a);
            }
            if (a.simple() != 0) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
            }
            if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n);
            }
        } else {
            visitExpr(a.target());
        }
        visitAnnotation(a.annotation());
        if (a.value() != null) {
            visitExpr(a.value());
        }
    }

    private void visitDeclaration(List<String> names, Ast.Stmt s, boolean isGlobal) {
        String kind = isGlobal ? "global" : "nonlocal";
        for (String name : names) {
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + kind;
                } else if ((flags & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + kind + " declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + kind;
                } else {
                    msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                }
                throw error(msg, s);
            }
            addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
            recordDirective(name, s);
        }
    }

    private void visitAliases(List<Ast.Alias> aliases) {
        for (Ast.Alias a : aliases) {
            // `import a.b.c` binds `a`.
            String name = a.asname() == null ? a.name() : a.asname();
            int dot = name.indexOf('.');
            String storeName = dot >= 0 ? name.substring(0, dot) : name;
            if (!name.equals("*")) {
                addDef(storeName, DEF_IMPORT, a);
            } else if (cur.type != BlockType.MODULE) {
                throw error("import * only allowed at module level", a);
            }
        }
    }

    private void visitExpr(Ast.Expr e) {
        enterRecursion();
        switch (e) {
            case Ast.BoolOp b -> visitExprs(b.values());
            case Ast.NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", e);
                visitNamedExpr(n);
            }
            case Ast.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Ast.UnaryOp u -> visitExpr(u.operand());
            case Ast.Lambda l -> {
                visitExprs(l.args().defaults());
                visitExprsWithNull(l.args().kwDefaults());
                enterBlock("lambda", BlockType.FUNCTION, l, l);
                visitArguments(l.args());
                visitExpr(l.body());
                exitBlock();
            }
            case Ast.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Ast.Dict d -> {
                visitExprsWithNull(d.keys());
                visitExprs(d.values());
            }
            case Ast.Set s -> visitExprs(s.elts());
            case Ast.GeneratorExp g -> visitComprehension(g, "genexpr", ComprehensionType.GENERATOR, g.generators(),
                    g.elt(), null);
            case Ast.ListComp l -> visitComprehension(l, "listcomp", ComprehensionType.LIST, l.generators(), l.elt(),
                    null);
            case Ast.SetComp s -> visitComprehension(s, "setcomp", ComprehensionType.SET, s.generators(), s.elt(),
                    null);
            case Ast.DictComp d -> visitComprehension(d, "dictcomp", ComprehensionType.DICT, d.generators(), d.key(),
                    d.value());
            case Ast.Yield y -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (y.value() != null) {
                    visitExpr(y.value());
                }
                markYield(e);
            }
            case Ast.YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", e);
                visitExpr(y.value());
                markYield(e);
            }
            case Ast.Await a -> {
                raiseIfAnnotationBlock("await expression", e);
                visitExpr(a.value());
                cur.coroutine = true;
            }
            case Ast.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Ast.Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                for (Ast.Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
            }
            case Ast.FormattedValue f -> {
                visitExpr(f.value());
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                }
            }
            case Ast.JoinedStr j -> visitExprs(j.values());
            case Ast.Constant c -> { }
            case Ast.Attribute a -> visitExpr(a.value());
            case Ast.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Ast.Starred s -> visitExpr(s.value());
            case Ast.Slice s -> {
                if (s.lower() != null) {
                    visitExpr(s.lower());
                }
                if (s.upper() != null) {
                    visitExpr(s.upper());
                }
                if (s.step() != null) {
                    visitExpr(s.step());
                }
            }
            case Ast.Name n -> {
                addDef(n.id(), n.ctx() == Ast.ExprContext.Load ? USE : DEF_LOCAL, n);
                // Zero-argument super() needs the __class__ cell of the enclosing class.
                if (n.ctx() == Ast.ExprContext.Load && cur.type == BlockType.FUNCTION && n.id().equals("super")) {
                    addDef("__class__", USE, n);
                }
            }
            case Ast.List l -> visitExprs(l.elts());
            case Ast.Tuple t -> visitExprs(t.elts());
        }
        depth--;
    }

    private void markYield(Ast.Expr e) {
        cur.generator = true;
        if (cur.comprehension != ComprehensionType.NONE) {
            String kind = switch (cur.comprehension) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                default -> "generator expression";
            };
            throw error("'yield' inside " + kind, e);
        }
    }

    private void raiseIfAnnotationBlock(String what, Ast.Expr e) {
        if (cur.type == BlockType.ANNOTATION) {
            throw error("'" + what + "' can not be used within an annotation", e);
        }
    }

    private void visitNamedExpr(Ast.NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (cur.comprehension != ComprehensionType.NONE) {
            extendNamedExprScope((Ast.Name) e.target());
        }
        visitExpr(e.value());
        visitExpr(e.target());
    }

    /**
     * PEP 572: a walrus inside a comprehension binds in the nearest enclosing function (as a
     * nonlocal of the comprehension) or module (as a global); inside a class body it is an error.
     */
    private void extendNamedExprScope(Ast.Name target) {
        // CPython looks the unmangled name up in each scope here.
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            SymtableEntry ste = stack.get(i);
            if (ste.comprehension != ComprehensionType.NONE) {
                if ((ste.flags(name) & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'",
                            target);
                }
                continue;
            }
            switch (ste.type) {
                case FUNCTION -> {
                    addDef(name, (ste.flags(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                    recordDirective(name, target);
                    addDefHelper(name, DEF_LOCAL, ste, target.lineno(), target.colOffset(), target.endLineno(),
                            target.endColOffset());
                    return;
                }
                case MODULE -> {
                    addDef(name, DEF_GLOBAL, target);
                    recordDirective(name, target);
                    addDefHelper(name, DEF_GLOBAL, ste, target.lineno(), target.colOffset(), target.endLineno(),
                            target.endColOffset());
                    return;
                }
                case CLASS -> throw error(
                        "assignment expression within a comprehension cannot be used in a class body", target);
                case ANNOTATION -> { }
            }
        }
        throw new IllegalStateException("walrus target scope not found");
    }

    private void visitComprehension(Ast.Expr e, String scopeName, ComprehensionType kind,
            List<Ast.Comprehension> generators, Ast.Expr elt, Ast.Expr value) {
        boolean isGenerator = kind == ComprehensionType.GENERATOR;
        Ast.Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing scope and passed in as `.0`.
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(scopeName, BlockType.FUNCTION, e, e);
        cur.comprehension = kind;
        if (outermost.isAsync() != 0) {
            cur.coroutine = true;
        }
        addDefHelper(".0", DEF_PARAM, cur, cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset);
        cur.compIterTarget = true;
        visitExpr(outermost.target());
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Ast.Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(g.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(g.iter());
            cur.compIterExpr--;
            visitExprs(g.ifs());
            if (g.isAsync() != 0) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = isGenerator;
        // An async list/set/dict comprehension makes its enclosing comprehension async too (3.11).
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    private void visitArguments(Ast.Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    private void visitParams(List<Ast.Arg> params) {
        for (Ast.Arg p : params) {
            addDef(p.arg(), DEF_PARAM, p);
        }
    }

    /** Parameter and return annotations of a def, evaluated in the enclosing scope. */
    private void visitAnnotations(Ast.Stmt s, Ast.Arguments a, Ast.Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, s, s);
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        // CPython's order: *args and **kwargs before the keyword-only parameters.
        if (a.vararg() != null && a.vararg().annotation() != null) {
            visitExpr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            visitExpr(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArgAnnotations(List<Ast.Arg> params) {
        for (Ast.Arg p : params) {
            if (p.annotation() != null) {
                visitExpr(p.annotation());
            }
        }
    }

    private void visitAnnotation(Ast.Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, annotation, annotation);
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    private void visitPattern(Ast.Pattern p) {
        enterRecursion();
        switch (p) {
            case Ast.MatchValue v -> visitExpr(v.value());
            case Ast.MatchSingleton s -> { }
            case Ast.MatchSequence s -> visitPatterns(s.patterns());
            case Ast.MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), DEF_LOCAL, s);
                }
            }
            case Ast.MatchMapping m -> {
                visitExprs(m.keys());
                visitPatterns(m.patterns());
                if (m.rest() != null) {
                    addDef(m.rest(), DEF_LOCAL, m);
                }
            }
            case Ast.MatchClass c -> {
                visitExpr(c.cls());
                visitPatterns(c.patterns());
                visitPatterns(c.kwdPatterns());
            }
            case Ast.MatchAs a -> {
                if (a.pattern() != null) {
                    visitPattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), DEF_LOCAL, a);
                }
            }
            case Ast.MatchOr o -> visitPatterns(o.patterns());
        }
        depth--;
    }

    private void visitPatterns(List<Ast.Pattern> patterns) {
        for (Ast.Pattern p : patterns) {
            visitPattern(p);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Pass 2: resolve scopes.
    //
    // Each block is analysed with: bound = names bound in enclosing function scopes (null at
    // module level), global = names declared global in enclosing scopes, free = where the block
    // reports names it needs from outside. Children see a copy of the sets their parent passes.

    private void analyze() {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(SymtableEntry ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();

        // A class's own names are invisible to its methods: children see what the class saw.
        if (ste.type == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.type != BlockType.CLASS) {
            if (ste.type == BlockType.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            // Methods may refer to the class cell as a free __class__.
            newBound.add("__class__");
        }

        Set<String> allFree = new HashSet<>();
        for (SymtableEntry child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);

        if (ste.type == BlockType.FUNCTION) {
            analyzeCells(scopes, newFree);
        } else if (ste.type == BlockType.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, ste.type == BlockType.CLASS);
        free.addAll(newFree);
    }

    private void analyzeName(SymtableEntry ste, Map<String, Integer> scopes, String name, int flags,
            Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        // Bound in an enclosing function: free here.
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    /** Locals that some child needs become cells, and stop travelling outwards. */
    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() == LOCAL && free.remove(e.getKey())) {
                e.setValue(CELL);
            }
        }
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
            Set<String> free, boolean isClass) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            e.setValue(e.getValue() | (scopes.get(e.getKey()) << SCOPE_OFFSET));
        }
        // Names children need from further out pass through this block as free variables.
        for (String name : free) {
            Integer flags = symbols.get(name);
            if (flags != null) {
                // A method's free variable that the class body also binds: the class must load
                // it from the cell rather than its own namespace.
                if (isClass && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    private PySyntaxError errorAtDirective(SymtableEntry ste, String name, String msg) {
        if (ste.directives != null) {
            for (SymtableEntry.Directive d : ste.directives) {
                if (d.name().equals(name)) {
                    return error(msg, d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
                }
            }
        }
        throw new IllegalStateException("BUG: internal directive bookkeeping broken");
    }
}
