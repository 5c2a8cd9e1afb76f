package pyj.compile;

import static pyj.code.Opcode.*;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import pyj.code.CodeConstants;
import pyj.code.Opcode;
import pyj.code.PyCode;
import pyj.compile.CompilerUnit.ScopeType;
import pyj.parse.PySyntaxError;
import pyj.parse.ast.Ast;
import pyj.parse.ast.Constants;

/**
 * AST to control-flow graph, one {@link CompilerUnit} per code object, following CPython 3.11's
 * Python/compile.c function by function (the comments name them). Each finished unit goes
 * through {@link Assembler}. The tree must already be constant-folded by {@link AstOptimizer}.
 */
public final class CodeGenerator {
    /** compile.c's fblocktype: what break/continue/return must unwind statically. */
    enum FBlock {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    record FBlockInfo(FBlock type, BasicBlock block, BasicBlock exit, Object datum) {}

    static final int CO_MAXBLOCKS = 20;
    static final int STACK_USE_GUIDELINE = 30;

    private final Symtable st;
    private final String filename;
    private final FutureFeatures future;
    private final boolean interactive;
    private int nestlevel;
    private CompilerUnit u;
    private final Deque<CompilerUnit> stack = new ArrayDeque<>();

    private CodeGenerator(Symtable st, String filename, FutureFeatures future, boolean interactive) {
        this.st = st;
        this.filename = filename;
        this.future = future;
        this.interactive = interactive;
    }

    /** Compiles an optimized tree; {@code mod} must be the tree the symbol table was built from. */
    static PyCode compileMod(Ast.Mod mod, Symtable st, String filename, FutureFeatures future) {
        CodeGenerator c = new CodeGenerator(st, filename, future, mod instanceof Ast.Interactive);
        return c.compilerMod(mod);
    }

    // ---------------------------------------------------------------- units and scopes

    private PyCode compilerMod(Ast.Mod mod) {
        enterScope("<module>", ScopeType.MODULE, mod, 1);
        boolean addNone = true;
        switch (mod) {
            case Ast.Module m -> compilerBody(m.body());
            case Ast.Interactive i -> {
                if (findAnn(i.body())) {
                    addOp(SETUP_ANNOTATIONS, 0);
                }
                for (Ast.Stmt s : i.body()) {
                    visitStmt(s);
                }
            }
            case Ast.Expression e -> {
                visitExpr(e.body());
                addNone = false;
            }
            case Ast.FunctionType f -> throw new IllegalArgumentException("cannot compile a FunctionType");
        }
        PyCode co = assemble(addNone);
        exitScope();
        return co;
    }

    private void enterScope(String name, ScopeType type, Ast.Node key, int lineno) {
        CompilerUnit nu = new CompilerUnit(st.lookup(key), name, type, lineno);
        if (u != null) {
            nu.privateName = u.privateName;
            stack.push(u);
        }
        u = nu;
        nestlevel++;
        u.curblock = u.newBlock();
        if (type == ScopeType.MODULE) {
            u.qualname = name;
            u.lineno = 0;
        } else {
            setQualname();
        }
        addOp(RESUME, 0);
        if (type == ScopeType.MODULE) {
            u.lineno = -1;
        }
    }

    private void exitScope() {
        nestlevel--;
        u = stack.isEmpty() ? null : stack.pop();
    }

    /** compiler_set_qualname */
    private void setQualname() {
        String base = null;
        if (stack.size() > 1) {
            CompilerUnit parent = stack.peek();
            boolean forceGlobal = false;
            if (u.scopeType == ScopeType.FUNCTION || u.scopeType == ScopeType.ASYNC_FUNCTION
                    || u.scopeType == ScopeType.CLASS) {
                String mangled = Symtable.mangle(parent.privateName, u.name);
                if (parent.ste.scope(mangled) == Symtable.GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal) {
                if (parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.ASYNC_FUNCTION
                        || parent.scopeType == ScopeType.LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    private PyCode assemble(boolean addNone) {
        BasicBlock cur = u.curblock;
        Instr last = cur.last();
        if (last == null || last.op != RETURN_VALUE) {
            unsetLoc();
            if (addNone) {
                loadConst(Constants.Singleton.NONE);
            }
            addOp(RETURN_VALUE, 0);
        }
        return new Assembler(u, filename, computeCodeFlags()).assemble();
    }

    /** compute_code_flags */
    private int computeCodeFlags() {
        SymtableEntry ste = u.ste;
        int flags = 0;
        if (ste.type() == SymtableEntry.BlockType.FUNCTION) {
            flags |= PyCode.CO_NEWLOCALS | PyCode.CO_OPTIMIZED;
            if (ste.isNested()) {
                flags |= PyCode.CO_NESTED;
            }
            if (ste.isGenerator() && !ste.isCoroutine()) {
                flags |= PyCode.CO_GENERATOR;
            }
            if (!ste.isGenerator() && ste.isCoroutine()) {
                flags |= PyCode.CO_COROUTINE;
            }
            if (ste.isGenerator() && ste.isCoroutine()) {
                flags |= PyCode.CO_ASYNC_GENERATOR;
            }
            if (ste.hasVarargs()) {
                flags |= PyCode.CO_VARARGS;
            }
            if (ste.hasVarkeywords()) {
                flags |= PyCode.CO_VARKEYWORDS;
            }
        }
        flags |= future.flags() & (PyCode.CO_FUTURE_DIVISION | PyCode.CO_FUTURE_ABSOLUTE_IMPORT
                | PyCode.CO_FUTURE_WITH_STATEMENT | PyCode.CO_FUTURE_PRINT_FUNCTION
                | PyCode.CO_FUTURE_UNICODE_LITERALS | PyCode.CO_FUTURE_BARRY_AS_BDFL
                | PyCode.CO_FUTURE_GENERATOR_STOP | PyCode.CO_FUTURE_ANNOTATIONS);
        return flags;
    }

    // ---------------------------------------------------------------- emitting

    /** The compiler unit's current location, saved to be put back. */
    private record SavedLoc(int lineno, int endLineno, int col, int endCol) {}

    private SavedLoc saveLoc() {
        return new SavedLoc(u.lineno, u.endLineno, u.col, u.endCol);
    }

    private void restoreLoc(SavedLoc l) {
        u.lineno = l.lineno();
        u.endLineno = l.endLineno();
        u.col = l.col();
        u.endCol = l.endCol();
    }

    private void setLoc(Ast.Located n) {
        u.lineno = n.lineno();
        u.endLineno = n.endLineno();
        u.col = n.colOffset();
        u.endCol = n.endColOffset();
    }

    /** update_start_location_to_match_attr: a multi-line attribute starts at its name. */
    private void updateStartLocationToMatchAttr(Ast.Attribute attr) {
        if (u.lineno != attr.endLineno()) {
            u.lineno = attr.endLineno();
            int len = attr.attr().codePointCount(0, attr.attr().length());
            if (len <= attr.endColOffset()) {
                u.col = attr.endColOffset() - len;
            } else {
                u.col = -1;
                u.endCol = -1;
            }
            u.endLineno = Math.max(u.lineno, u.endLineno);
            if (u.lineno == u.endLineno) {
                u.endCol = Math.max(u.col, u.endCol);
            }
        }
    }

    private void unsetLoc() {
        u.lineno = -1;
    }

    /** A new block to hold what follows a jump or an exit, unless one is already current. */
    private BasicBlock curForAppend() {
        BasicBlock b = u.curblock;
        Instr last = b.last();
        if (last != null && (last.op.isJump() || last.op.isScopeExit())) {
            nextBlock();
            b = u.curblock;
        }
        return b;
    }

    private void addOp(Opcode op, int arg) {
        curForAppend().instrs.add(new Instr(op, arg, null, u.lineno, u.endLineno, u.col, u.endCol));
    }

    private void addOpNoLine(Opcode op, int arg) {
        curForAppend().instrs.add(new Instr(op, arg, null, -1, u.endLineno, u.col, u.endCol));
    }

    private void addJump(Opcode op, BasicBlock target) {
        curForAppend().instrs.add(new Instr(op, 0, target, u.lineno, u.endLineno, u.col, u.endCol));
    }

    private void addJumpNoLine(Opcode op, BasicBlock target) {
        curForAppend().instrs.add(new Instr(op, 0, target, -1, u.endLineno, u.col, u.endCol));
    }

    private void nextBlock() {
        BasicBlock b = u.newBlock();
        u.curblock.next = b;
        u.curblock = b;
    }

    private void useNextBlock(BasicBlock b) {
        u.curblock.next = b;
        u.curblock = b;
    }

    private BasicBlock newBlock() {
        return u.newBlock();
    }

    private void loadConst(Object value) {
        addOp(LOAD_CONST, u.addConst(value));
    }

    private void addOpName(Opcode op, String name) {
        addOp(op, CompilerUnit.addName(u.names, Symtable.mangle(u.privateName, name)));
    }

    private PySyntaxError error(String msg) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, u.lineno, u.col + 1, null,
                u.endLineno, u.endCol + 1);
    }

    private void pushFBlock(FBlock t, BasicBlock b, BasicBlock exit, Object datum) {
        if (u.fblocks.size() >= CO_MAXBLOCKS) {
            throw error("too many statically nested blocks");
        }
        u.fblocks.add(new FBlockInfo(t, b, exit, datum));
    }

    private void popFBlock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    // ---------------------------------------------------------------- names

    /** compiler_nameop */
    private void nameOp(String name, Ast.ExprContext ctx) {
        if (name.equals("__debug__") && ctx != Ast.ExprContext.Load) {
            throw error(ctx == Ast.ExprContext.Store ? "cannot assign to __debug__" : "cannot delete __debug__");
        }
        String mangled = Symtable.mangle(u.privateName, name);
        int scope = u.ste.scope(mangled);
        boolean function = u.ste.type() == SymtableEntry.BlockType.FUNCTION;
        int optype = 0; // 0 NAME, 1 FAST, 2 GLOBAL, 3 DEREF
        java.util.Map<String, Integer> dict = u.names;
        switch (scope) {
            case Symtable.FREE -> {
                dict = u.freevars;
                optype = 3;
            }
            case Symtable.CELL -> {
                dict = u.cellvars;
                optype = 3;
            }
            case Symtable.LOCAL -> optype = function ? 1 : 0;
            case Symtable.GLOBAL_IMPLICIT -> optype = function ? 2 : 0;
            case Symtable.GLOBAL_EXPLICIT -> optype = 2;
            default -> { }
        }
        Opcode op;
        switch (optype) {
            case 3 -> op = switch (ctx) {
                case Load -> u.ste.type() == SymtableEntry.BlockType.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
                case Store -> STORE_DEREF;
                case Del -> DELETE_DEREF;
            };
            case 1 -> {
                op = switch (ctx) {
                    case Load -> LOAD_FAST;
                    case Store -> STORE_FAST;
                    case Del -> DELETE_FAST;
                };
                addOp(op, CompilerUnit.addName(u.varnames, mangled));
                return;
            }
            case 2 -> op = switch (ctx) {
                case Load -> LOAD_GLOBAL;
                case Store -> STORE_GLOBAL;
                case Del -> DELETE_GLOBAL;
            };
            default -> op = switch (ctx) {
                case Load -> LOAD_NAME;
                case Store -> STORE_NAME;
                case Del -> DELETE_NAME;
            };
        }
        int arg;
        if (optype == 3) {
            Integer i = dict.get(mangled);
            if (i == null) {
                throw new IllegalStateException("no cell or free variable " + mangled + " in " + u.name);
            }
            arg = i;
        } else {
            arg = CompilerUnit.addName(dict, mangled);
        }
        if (op == LOAD_GLOBAL) {
            arg <<= 1;
        }
        addOp(op, arg);
    }

    // ---------------------------------------------------------------- statements

    private static boolean isDocstring(List<Ast.Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Ast.ExprStmt es && es.value() instanceof Ast.Constant k
                && (k.value() instanceof String || k.value() instanceof Constants.CodePointStr);
    }

    /** compiler_body: module and class bodies. */
    private void compilerBody(List<Ast.Stmt> stmts) {
        int i = 0;
        if (u.scopeType == ScopeType.MODULE && !stmts.isEmpty()) {
            setLoc(stmts.get(0));
        }
        if (findAnn(stmts)) {
            addOp(SETUP_ANNOTATIONS, 0);
        }
        if (stmts.isEmpty()) {
            return;
        }
        if (isDocstring(stmts)) {
            i = 1;
            Ast.ExprStmt es = (Ast.ExprStmt) stmts.get(0);
            setLoc(es);
            visitExpr(es.value());
            nameOp("__doc__", Ast.ExprContext.Store);
        }
        for (; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    /** find_ann: does the body (not counting nested scopes) hold an annotated assignment? */
    private static boolean findAnn(List<Ast.Stmt> stmts) {
        for (Ast.Stmt st : stmts) {
            boolean res = switch (st) {
                case Ast.AnnAssign a -> true;
                case Ast.For f -> findAnn(f.body()) || findAnn(f.orelse());
                case Ast.AsyncFor f -> findAnn(f.body()) || findAnn(f.orelse());
                case Ast.While w -> findAnn(w.body()) || findAnn(w.orelse());
                case Ast.If f -> findAnn(f.body()) || findAnn(f.orelse());
                case Ast.With w -> findAnn(w.body());
                case Ast.AsyncWith w -> findAnn(w.body());
                case Ast.Try t -> handlersAnn(t.handlers()) || findAnn(t.body()) || findAnn(t.finalbody())
                        || findAnn(t.orelse());
                case Ast.TryStar t -> handlersAnn(t.handlers()) || findAnn(t.body()) || findAnn(t.finalbody())
                        || findAnn(t.orelse());
                default -> false;
            };
            if (res) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersAnn(List<Ast.ExceptHandlerNode> hs) {
        for (Ast.ExceptHandlerNode h : hs) {
            if (findAnn(((Ast.ExceptHandler) h).body())) {
                return true;
            }
        }
        return false;
    }

    private void visitStmts(List<Ast.Stmt> body) {
        for (Ast.Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitStmt(Ast.Stmt s) {
        setLoc(s);
        switch (s) {
            case Ast.FunctionDef f -> compilerFunction(f, f.name(), f.args(), f.body(), f.decoratorList(),
                    f.returns(), false);
            case Ast.AsyncFunctionDef f -> compilerFunction(f, f.name(), f.args(), f.body(), f.decoratorList(),
                    f.returns(), true);
            case Ast.ClassDef c -> compilerClass(c);
            case Ast.Return r -> compilerReturn(r);
            case Ast.Delete d -> {
                for (Ast.Expr t : d.targets()) {
                    visitExpr(t);
                }
            }
            case Ast.Assign a -> {
                visitExpr(a.value());
                int n = a.targets().size();
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) {
                        addOp(COPY, 1);
                    }
                    visitExpr(a.targets().get(i));
                }
            }
            case Ast.AugAssign a -> compilerAugassign(a);
            case Ast.AnnAssign a -> compilerAnnassign(a);
            case Ast.For f -> compilerFor(f);
            case Ast.While w -> compilerWhile(w);
            case Ast.If i -> compilerIf(i);
            case Ast.Match m -> new PatternCompiler().compileMatch(m);
            case Ast.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                        n++;
                    }
                }
                addOp(RAISE_VARARGS, n);
            }
            case Ast.Try t -> {
                if (!t.finalbody().isEmpty()) {
                    compilerTryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
                } else {
                    compilerTryExcept(t.body(), t.handlers(), t.orelse());
                }
            }
            case Ast.TryStar t -> {
                if (!t.finalbody().isEmpty()) {
                    compilerTryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
                } else {
                    compilerTryStarExcept(t.body(), t.handlers(), t.orelse());
                }
            }
            case Ast.Assert a -> compilerAssert(a);
            case Ast.Import i -> compilerImport(i);
            case Ast.ImportFrom i -> compilerFromImport(i);
            case Ast.Global g -> { }
            case Ast.Nonlocal n -> { }
            case Ast.ExprStmt e -> visitStmtExpr(e.value());
            case Ast.Pass p -> addOp(NOP, 0);
            case Ast.Break b -> compilerBreak();
            case Ast.Continue c -> compilerContinue();
            case Ast.With w -> compilerWith(w, w.items(), w.body(), 0);
            case Ast.AsyncWith w -> compilerAsyncWith(w, w.items(), w.body(), 0);
            case Ast.AsyncFor f -> compilerAsyncFor(f);
        }
    }

    private void visitStmtExpr(Ast.Expr value) {
        if (interactive && nestlevel <= 1) {
            visitExpr(value);
            addOp(PRINT_EXPR, 0);
            return;
        }
        if (value instanceof Ast.Constant) {
            addOp(NOP, 0);
            return;
        }
        visitExpr(value);
        unsetLoc();
        addOp(POP_TOP, 0);
    }

    /** compiler_function */
    private void compilerFunction(Ast.Stmt s, String name, Ast.Arguments args, List<Ast.Stmt> body,
            List<Ast.Expr> decos, Ast.Expr returns, boolean isAsync) {
        checkDebugArgs(args);
        for (Ast.Expr d : decos) {
            visitExpr(d);
        }
        int firstlineno = decos.isEmpty() ? s.lineno() : decos.get(0).lineno();
        int funcflags = defaultArguments(args);
        if (visitAnnotations(args, returns)) {
            funcflags |= 0x04;
        }
        enterScope(name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstlineno);
        boolean doc = isDocstring(body);
        u.addConst(doc ? ((Ast.Constant) ((Ast.ExprStmt) body.get(0)).value()).value() : Constants.Singleton.NONE);
        u.argcount = args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        for (int i = doc ? 1 : 0; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        PyCode co = assemble(true);
        exitScope();
        makeClosure(co, funcflags);
        applyDecorators(decos);
        nameOp(name, Ast.ExprContext.Store);
    }

    /** compiler_apply_decorators: innermost first, each call at its decorator's position. */
    private void applyDecorators(List<Ast.Expr> decos) {
        SavedLoc at = saveLoc();
        for (int i = decos.size() - 1; i >= 0; i--) {
            setLoc(decos.get(i));
            addOp(PRECALL, 0);
            addOp(CALL, 0);
        }
        restoreLoc(at);
    }

    private void checkDebugArgs(Ast.Arguments a) {
        List<Ast.Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (Ast.Arg arg : all) {
            if (arg.arg().equals("__debug__")) {
                // Reported at the def or lambda being compiled, not at the parameter, as CPython does.
                throw error("cannot assign to __debug__");
            }
        }
    }

    /** compiler_default_arguments */
    private int defaultArguments(Ast.Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Ast.Expr d : args.defaults()) {
                visitExpr(d);
            }
            addOp(BUILD_TUPLE, args.defaults().size());
            flags |= 0x01;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Ast.Expr d = args.kwDefaults().get(i);
            if (d != null) {
                keys.add(Symtable.mangle(u.privateName, args.kwonlyargs().get(i).arg()));
                visitExpr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new CodeConstants.Tuple(keys));
            addOp(BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    /** compiler_visit_annotations: true if a tuple of annotations was pushed. */
    private boolean visitAnnotations(Ast.Arguments args, Ast.Expr returns) {
        int[] len = {0};
        argAnnotations(args.args(), len);
        argAnnotations(args.posonlyargs(), len);
        if (args.vararg() != null && args.vararg().annotation() != null) {
            argAnnotation(args.vararg().arg(), args.vararg().annotation(), len);
        }
        argAnnotations(args.kwonlyargs(), len);
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), len);
        }
        argAnnotation("return", returns, len);
        if (len[0] > 0) {
            addOp(BUILD_TUPLE, len[0]);
            return true;
        }
        return false;
    }

    private void argAnnotations(List<Ast.Arg> args, int[] len) {
        for (Ast.Arg a : args) {
            argAnnotation(a.arg(), a.annotation(), len);
        }
    }

    private void argAnnotation(String id, Ast.Expr annotation, int[] len) {
        if (annotation == null) {
            return;
        }
        loadConst(Symtable.mangle(u.privateName, id));
        if (future.annotations()) {
            visitAnnExpr(annotation);
        } else if (annotation instanceof Ast.Starred star) {
            visitExpr(star.value());
            addOp(UNPACK_SEQUENCE, 1);
        } else {
            visitExpr(annotation);
        }
        len[0] += 2;
    }

    /** An annotation under {@code from __future__ import annotations}: its source text as a constant. */
    private void visitAnnExpr(Ast.Expr e) {
        loadConst(AstUnparser.unparse(e));
    }

    /** compiler_make_closure */
    private void makeClosure(PyCode co, int flags) {
        List<String> frees = co.freevars();
        if (!frees.isEmpty()) {
            for (String name : frees) {
                int reftype = u.scopeType == ScopeType.CLASS && name.equals("__class__") ? Symtable.CELL
                        : u.ste.scope(name);
                Integer arg = reftype == Symtable.CELL ? u.cellvars.get(name) : u.freevars.get(name);
                if (arg == null) {
                    throw new IllegalStateException("closure lookup failed for " + name + " in " + u.name);
                }
                addOp(LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            addOp(BUILD_TUPLE, frees.size());
        }
        loadConst(co);
        addOp(MAKE_FUNCTION, flags);
    }

    /** compiler_class */
    private void compilerClass(Ast.ClassDef s) {
        for (Ast.Expr d : s.decoratorList()) {
            visitExpr(d);
        }
        int firstlineno = s.decoratorList().isEmpty() ? s.lineno() : s.decoratorList().get(0).lineno();
        enterScope(s.name(), ScopeType.CLASS, s, firstlineno);
        u.privateName = s.name();
        nameOp("__name__", Ast.ExprContext.Load);
        nameOp("__module__", Ast.ExprContext.Store);
        loadConst(u.qualname);
        nameOp("__qualname__", Ast.ExprContext.Store);
        compilerBody(s.body());
        unsetLoc();
        if (u.ste.needsClassClosure()) {
            addOp(LOAD_CLOSURE, u.cellvars.get("__class__"));
            addOp(COPY, 1);
            nameOp("__classcell__", Ast.ExprContext.Store);
        } else {
            loadConst(Constants.Singleton.NONE);
        }
        addOp(RETURN_VALUE, 0);
        PyCode co = assemble(true);
        exitScope();
        addOp(PUSH_NULL, 0);
        addOp(LOAD_BUILD_CLASS, 0);
        makeClosure(co, 0);
        loadConst(s.name());
        callHelper(2, s.bases(), s.keywords());
        applyDecorators(s.decoratorList());
        nameOp(s.name(), Ast.ExprContext.Store);
    }

    /** compiler_return */
    private void compilerReturn(Ast.Return s) {
        Ast.Expr v = s.value();
        boolean preserveTos = v != null && !(v instanceof Ast.Constant);
        if (u.ste.type() != SymtableEntry.BlockType.FUNCTION) {
            throw error("'return' outside function");
        }
        if (v != null && u.ste.isCoroutine() && u.ste.isGenerator()) {
            throw error("'return' with value in async generator");
        }
        if (preserveTos) {
            visitExpr(v);
        } else if (v != null) {
            setLoc(v);
            addOp(NOP, 0);
        }
        if (v == null || v.lineno() != s.lineno()) {
            setLoc(s);
            addOp(NOP, 0);
        }
        unwindFBlockStack(preserveTos, false);
        if (v == null) {
            loadConst(Constants.Singleton.NONE);
        } else if (!preserveTos) {
            loadConst(((Ast.Constant) v).value());
        }
        addOp(RETURN_VALUE, 0);
        nextBlock();
    }

    private void compilerBreak() {
        SavedLoc at = saveLoc();
        addOp(NOP, 0);
        FBlockInfo loop = unwindFBlockStack(false, true);
        if (loop == null) {
            // Unwinding compiled finally bodies and moved the location; report at the statement.
            restoreLoc(at);
            throw error("'break' outside loop");
        }
        unwindFBlock(loop, false);
        addJump(JUMP, loop.exit());
        nextBlock();
    }

    private void compilerContinue() {
        SavedLoc at = saveLoc();
        addOp(NOP, 0);
        FBlockInfo loop = unwindFBlockStack(false, true);
        if (loop == null) {
            restoreLoc(at);
            throw error("'continue' not properly in loop");
        }
        addJump(JUMP, loop.block());
        nextBlock();
    }

    /** compiler_unwind_fblock_stack; returns the loop found when {@code findLoop}. */
    private FBlockInfo unwindFBlockStack(boolean preserveTos, boolean findLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlockInfo top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.type() == FBlock.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (findLoop && (top.type() == FBlock.WHILE_LOOP || top.type() == FBlock.FOR_LOOP)) {
            return top;
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        unwindFBlock(top, preserveTos);
        FBlockInfo loop = unwindFBlockStack(preserveTos, findLoop);
        u.fblocks.add(top);
        return loop;
    }

    /** compiler_unwind_fblock */
    @SuppressWarnings("unchecked")
    private void unwindFBlock(FBlockInfo info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    addOp(SWAP, 2);
                }
                addOp(POP_TOP, 0);
            }
            case TRY_EXCEPT -> addOp(POP_BLOCK, 0);
            case FINALLY_TRY -> {
                addOp(POP_BLOCK, 0);
                if (preserveTos) {
                    pushFBlock(FBlock.POP_VALUE, null, null, null);
                }
                visitStmts((List<Ast.Stmt>) info.datum());
                if (preserveTos) {
                    popFBlock();
                }
                unsetLoc();
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    addOp(SWAP, 2);
                }
                addOp(POP_TOP, 0);
                if (preserveTos) {
                    addOp(SWAP, 2);
                }
                addOp(POP_BLOCK, 0);
                addOp(POP_EXCEPT, 0);
            }
            case WITH, ASYNC_WITH -> {
                setLoc((Ast.Stmt) info.datum());
                addOp(POP_BLOCK, 0);
                if (preserveTos) {
                    addOp(SWAP, 2);
                }
                callExitWithNones();
                if (info.type() == FBlock.ASYNC_WITH) {
                    addOp(GET_AWAITABLE, 2);
                    loadConst(Constants.Singleton.NONE);
                    addYieldFrom(true);
                }
                addOp(POP_TOP, 0);
                unsetLoc();
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    addOp(POP_BLOCK, 0);
                }
                if (preserveTos) {
                    addOp(SWAP, 2);
                }
                addOp(POP_BLOCK, 0);
                addOp(POP_EXCEPT, 0);
                if (info.datum() != null) {
                    loadConst(Constants.Singleton.NONE);
                    nameOp((String) info.datum(), Ast.ExprContext.Store);
                    nameOp((String) info.datum(), Ast.ExprContext.Del);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    addOp(SWAP, 2);
                }
                addOp(POP_TOP, 0);
            }
        }
    }

    private void callExitWithNones() {
        loadConst(Constants.Singleton.NONE);
        loadConst(Constants.Singleton.NONE);
        loadConst(Constants.Singleton.NONE);
        addOp(PRECALL, 2);
        addOp(CALL, 2);
    }

    /** compiler_add_yield_from */
    private void addYieldFrom(boolean await) {
        BasicBlock start = newBlock();
        BasicBlock resume = newBlock();
        BasicBlock exit = newBlock();
        useNextBlock(start);
        addJump(SEND, exit);
        useNextBlock(resume);
        addOp(YIELD_VALUE, 0);
        addOp(RESUME, await ? 3 : 2);
        addJump(JUMP_NO_INTERRUPT, start);
        useNextBlock(exit);
    }

    private void compilerIf(Ast.If s) {
        BasicBlock end = newBlock();
        BasicBlock next = s.orelse().isEmpty() ? end : newBlock();
        jumpIf(s.test(), next, false);
        visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            addJumpNoLine(JUMP, end);
            useNextBlock(next);
            visitStmts(s.orelse());
        }
        useNextBlock(end);
    }

    private void compilerFor(Ast.For s) {
        BasicBlock start = newBlock();
        BasicBlock body = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock end = newBlock();
        pushFBlock(FBlock.FOR_LOOP, start, end, null);
        visitExpr(s.iter());
        addOp(GET_ITER, 0);
        useNextBlock(start);
        addJump(FOR_ITER, cleanup);
        useNextBlock(body);
        visitExpr(s.target());
        visitStmts(s.body());
        unsetLoc();
        addJump(JUMP, start);
        useNextBlock(cleanup);
        popFBlock();
        visitStmts(s.orelse());
        useNextBlock(end);
    }

    private void compilerAsyncFor(Ast.AsyncFor s) {
        if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw error("'async for' outside async function");
        }
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        visitExpr(s.iter());
        addOp(GET_AITER, 0);
        useNextBlock(start);
        pushFBlock(FBlock.FOR_LOOP, start, end, null);
        addJump(SETUP_FINALLY, except);
        addOp(GET_ANEXT, 0);
        loadConst(Constants.Singleton.NONE);
        addYieldFrom(true);
        addOp(POP_BLOCK, 0);
        visitExpr(s.target());
        visitStmts(s.body());
        unsetLoc();
        addJump(JUMP, start);
        popFBlock();
        useNextBlock(except);
        setLoc(s.iter());
        addOp(END_ASYNC_FOR, 0);
        visitStmts(s.orelse());
        useNextBlock(end);
    }

    private void compilerWhile(Ast.While s) {
        BasicBlock loop = newBlock();
        BasicBlock body = newBlock();
        BasicBlock anchor = newBlock();
        BasicBlock end = newBlock();
        useNextBlock(loop);
        pushFBlock(FBlock.WHILE_LOOP, loop, end, null);
        jumpIf(s.test(), anchor, false);
        useNextBlock(body);
        visitStmts(s.body());
        setLoc(s);
        jumpIf(s.test(), body, true);
        popFBlock();
        useNextBlock(anchor);
        visitStmts(s.orelse());
        useNextBlock(end);
    }

    /** compiler_try_finally (also for try-star with a finally clause) */
    private void compilerTryFinally(List<Ast.Stmt> tbody, List<Ast.ExceptHandlerNode> handlers,
            List<Ast.Stmt> orelse, List<Ast.Stmt> finalbody, boolean star) {
        BasicBlock body = newBlock();
        BasicBlock end = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        addJump(SETUP_FINALLY, end);
        useNextBlock(body);
        pushFBlock(FBlock.FINALLY_TRY, body, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) {
                compilerTryStarExcept(tbody, handlers, orelse);
            } else {
                compilerTryExcept(tbody, handlers, orelse);
            }
        } else {
            visitStmts(tbody);
        }
        addOpNoLine(POP_BLOCK, 0);
        popFBlock();
        visitStmts(finalbody);
        addJumpNoLine(JUMP, exit);
        useNextBlock(end);
        unsetLoc();
        addJump(SETUP_CLEANUP, cleanup);
        addOp(PUSH_EXC_INFO, 0);
        pushFBlock(FBlock.FINALLY_END, end, null, null);
        visitStmts(finalbody);
        popFBlock();
        addOp(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
    }

    private void popExceptAndReraise() {
        addOp(COPY, 3);
        addOp(POP_EXCEPT, 0);
        addOp(RERAISE, 1);
    }

    /** compiler_try_except */
    private void compilerTryExcept(List<Ast.Stmt> tbody, List<Ast.ExceptHandlerNode> handlers,
            List<Ast.Stmt> orelse) {
        BasicBlock body = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        BasicBlock cleanup = newBlock();
        addJump(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlock.TRY_EXCEPT, body, null, null);
        visitStmts(tbody);
        popFBlock();
        addOpNoLine(POP_BLOCK, 0);
        visitStmts(orelse);
        addJumpNoLine(JUMP, end);
        int n = handlers.size();
        useNextBlock(except);
        unsetLoc();
        addJump(SETUP_CLEANUP, cleanup);
        addOp(PUSH_EXC_INFO, 0);
        pushFBlock(FBlock.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            Ast.ExceptHandler h = (Ast.ExceptHandler) handlers.get(i);
            setLoc(h);
            if (h.type() == null && i < n - 1) {
                throw error("default 'except:' must be last");
            }
            except = newBlock();
            if (h.type() != null) {
                visitExpr(h.type());
                addOp(CHECK_EXC_MATCH, 0);
                addJump(POP_JUMP_IF_FALSE, except);
                nextBlock();
            }
            if (h.name() != null) {
                BasicBlock cleanupEnd = newBlock();
                BasicBlock cleanupBody = newBlock();
                nameOp(h.name(), Ast.ExprContext.Store);
                addJump(SETUP_CLEANUP, cleanupEnd);
                useNextBlock(cleanupBody);
                pushFBlock(FBlock.HANDLER_CLEANUP, cleanupBody, null, h.name());
                visitStmts(h.body());
                popFBlock();
                unsetLoc();
                addOp(POP_BLOCK, 0);
                addOp(POP_BLOCK, 0);
                addOp(POP_EXCEPT, 0);
                loadConst(Constants.Singleton.NONE);
                nameOp(h.name(), Ast.ExprContext.Store);
                nameOp(h.name(), Ast.ExprContext.Del);
                addJump(JUMP, end);
                useNextBlock(cleanupEnd);
                unsetLoc();
                loadConst(Constants.Singleton.NONE);
                nameOp(h.name(), Ast.ExprContext.Store);
                nameOp(h.name(), Ast.ExprContext.Del);
                addOp(RERAISE, 1);
            } else {
                BasicBlock cleanupBody = newBlock();
                addOp(POP_TOP, 0);
                useNextBlock(cleanupBody);
                pushFBlock(FBlock.HANDLER_CLEANUP, cleanupBody, null, null);
                visitStmts(h.body());
                popFBlock();
                unsetLoc();
                addOp(POP_BLOCK, 0);
                addOp(POP_EXCEPT, 0);
                addJump(JUMP, end);
            }
            useNextBlock(except);
        }
        unsetLoc();
        popFBlock();
        addOp(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(end);
    }

    /** compiler_try_star_except */
    private void compilerTryStarExcept(List<Ast.Stmt> tbody, List<Ast.ExceptHandlerNode> handlers,
            List<Ast.Stmt> orelse) {
        BasicBlock body = newBlock();
        BasicBlock except = newBlock();
        BasicBlock orelseBlock = newBlock();
        BasicBlock end = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock reraiseStar = newBlock();
        addJump(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlock.TRY_EXCEPT, body, null, null);
        visitStmts(tbody);
        popFBlock();
        addOpNoLine(POP_BLOCK, 0);
        addJumpNoLine(JUMP, orelseBlock);
        int n = handlers.size();
        useNextBlock(except);
        unsetLoc();
        addJump(SETUP_CLEANUP, cleanup);
        addOp(PUSH_EXC_INFO, 0);
        pushFBlock(FBlock.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        for (int i = 0; i < n; i++) {
            Ast.ExceptHandler h = (Ast.ExceptHandler) handlers.get(i);
            setLoc(h);
            except = newBlock();
            BasicBlock exceptWithError = newBlock();
            BasicBlock noMatch = newBlock();
            if (i == 0) {
                addOp(COPY, 1);
                addOp(BUILD_LIST, 0);
                addOp(SWAP, 2);
            }
            if (h.type() != null) {
                visitExpr(h.type());
                addOp(CHECK_EG_MATCH, 0);
                addOp(COPY, 1);
                addJump(POP_JUMP_IF_NONE, noMatch);
                nextBlock();
            }
            BasicBlock cleanupEnd = newBlock();
            BasicBlock cleanupBody = newBlock();
            if (h.name() != null) {
                nameOp(h.name(), Ast.ExprContext.Store);
            } else {
                addOp(POP_TOP, 0);
            }
            addJump(SETUP_CLEANUP, cleanupEnd);
            useNextBlock(cleanupBody);
            pushFBlock(FBlock.HANDLER_CLEANUP, cleanupBody, null, h.name());
            visitStmts(h.body());
            popFBlock();
            unsetLoc();
            addOp(POP_BLOCK, 0);
            if (h.name() != null) {
                loadConst(Constants.Singleton.NONE);
                nameOp(h.name(), Ast.ExprContext.Store);
                nameOp(h.name(), Ast.ExprContext.Del);
            }
            addJump(JUMP, except);
            useNextBlock(cleanupEnd);
            if (h.name() != null) {
                loadConst(Constants.Singleton.NONE);
                nameOp(h.name(), Ast.ExprContext.Store);
                nameOp(h.name(), Ast.ExprContext.Del);
            }
            addOp(LIST_APPEND, 3);
            addOp(POP_TOP, 0);
            addJump(JUMP, exceptWithError);
            useNextBlock(except);
            addOp(NOP, 0);
            addJump(JUMP, exceptWithError);
            useNextBlock(noMatch);
            addOp(POP_TOP, 0);
            useNextBlock(exceptWithError);
            if (i == n - 1) {
                addOp(LIST_APPEND, 1);
                addJump(JUMP, reraiseStar);
            }
        }
        unsetLoc();
        popFBlock();
        BasicBlock reraise = newBlock();
        useNextBlock(reraiseStar);
        addOp(PREP_RERAISE_STAR, 0);
        addOp(COPY, 1);
        addJump(POP_JUMP_IF_NOT_NONE, reraise);
        nextBlock();
        addOp(POP_TOP, 0);
        addOp(POP_BLOCK, 0);
        addOp(POP_EXCEPT, 0);
        addJump(JUMP, end);
        useNextBlock(reraise);
        addOp(POP_BLOCK, 0);
        addOp(SWAP, 2);
        addOp(POP_EXCEPT, 0);
        addOp(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(orelseBlock);
        visitStmts(orelse);
        useNextBlock(end);
    }

    /** compiler_with */
    private void compilerWith(Ast.Stmt s, List<Ast.WithItem> items, List<Ast.Stmt> body, int pos) {
        Ast.WithItem item = items.get(pos);
        BasicBlock block = newBlock();
        BasicBlock fin = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        visitExpr(item.contextExpr());
        addOp(BEFORE_WITH, 0);
        addJump(SETUP_WITH, fin);
        useNextBlock(block);
        pushFBlock(FBlock.WITH, block, fin, s);
        if (item.optionalVars() != null) {
            visitExpr(item.optionalVars());
        } else {
            addOp(POP_TOP, 0);
        }
        pos++;
        if (pos == items.size()) {
            visitStmts(body);
        } else {
            compilerWith(s, items, body, pos);
        }
        unsetLoc();
        addOp(POP_BLOCK, 0);
        popFBlock();
        setLoc(s);
        callExitWithNones();
        addOp(POP_TOP, 0);
        addJump(JUMP, exit);
        useNextBlock(fin);
        addJump(SETUP_CLEANUP, cleanup);
        addOp(PUSH_EXC_INFO, 0);
        addOp(WITH_EXCEPT_START, 0);
        withExceptFinish(cleanup);
        useNextBlock(exit);
    }

    private void withExceptFinish(BasicBlock cleanup) {
        unsetLoc();
        BasicBlock exit = newBlock();
        addJump(POP_JUMP_IF_TRUE, exit);
        nextBlock();
        addOp(RERAISE, 2);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
        addOp(POP_TOP, 0);
        addOp(POP_BLOCK, 0);
        addOp(POP_EXCEPT, 0);
        addOp(POP_TOP, 0);
        addOp(POP_TOP, 0);
    }

    /** compiler_async_with */
    private void compilerAsyncWith(Ast.Stmt s, List<Ast.WithItem> items, List<Ast.Stmt> body, int pos) {
        if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw error("'async with' outside async function");
        }
        Ast.WithItem item = items.get(pos);
        BasicBlock block = newBlock();
        BasicBlock fin = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        visitExpr(item.contextExpr());
        addOp(BEFORE_ASYNC_WITH, 0);
        addOp(GET_AWAITABLE, 1);
        loadConst(Constants.Singleton.NONE);
        addYieldFrom(true);
        addJump(SETUP_WITH, fin);
        useNextBlock(block);
        pushFBlock(FBlock.ASYNC_WITH, block, fin, s);
        if (item.optionalVars() != null) {
            visitExpr(item.optionalVars());
        } else {
            addOp(POP_TOP, 0);
        }
        pos++;
        if (pos == items.size()) {
            visitStmts(body);
        } else {
            compilerAsyncWith(s, items, body, pos);
        }
        popFBlock();
        unsetLoc();
        addOp(POP_BLOCK, 0);
        setLoc(s);
        callExitWithNones();
        addOp(GET_AWAITABLE, 2);
        loadConst(Constants.Singleton.NONE);
        addYieldFrom(true);
        addOp(POP_TOP, 0);
        addJump(JUMP, exit);
        useNextBlock(fin);
        addJump(SETUP_CLEANUP, cleanup);
        addOp(PUSH_EXC_INFO, 0);
        addOp(WITH_EXCEPT_START, 0);
        addOp(GET_AWAITABLE, 2);
        loadConst(Constants.Singleton.NONE);
        addYieldFrom(true);
        withExceptFinish(cleanup);
        useNextBlock(exit);
    }

    private void compilerAssert(Ast.Assert s) {
        BasicBlock end = newBlock();
        jumpIf(s.test(), end, true);
        addOp(LOAD_ASSERTION_ERROR, 0);
        if (s.msg() != null) {
            visitExpr(s.msg());
            addOp(PRECALL, 0);
            addOp(CALL, 0);
        }
        addOp(RAISE_VARARGS, 1);
        useNextBlock(end);
    }

    private void compilerImport(Ast.Import s) {
        for (Ast.Alias alias : s.names()) {
            loadConst(BigInteger.ZERO);
            loadConst(Constants.Singleton.NONE);
            addOpName(IMPORT_NAME, alias.name());
            if (alias.asname() != null) {
                importAs(alias.name(), alias.asname());
            } else {
                String tmp = alias.name();
                int dot = tmp.indexOf('.');
                if (dot >= 0) {
                    tmp = tmp.substring(0, dot);
                }
                nameOp(tmp, Ast.ExprContext.Store);
            }
        }
    }

    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                addOpName(IMPORT_FROM, name.substring(pos, dot >= 0 ? dot : name.length()));
                if (dot < 0) {
                    break;
                }
                addOp(SWAP, 2);
                addOp(POP_TOP, 0);
            }
            nameOp(asname, Ast.ExprContext.Store);
            addOp(POP_TOP, 0);
            return;
        }
        nameOp(asname, Ast.ExprContext.Store);
    }

    private void compilerFromImport(Ast.ImportFrom s) {
        loadConst(BigInteger.valueOf(s.level() == null ? 0 : s.level()));
        List<Object> names = new ArrayList<>();
        for (Ast.Alias a : s.names()) {
            names.add(a.name());
        }
        if (s.lineno() > future.lineno() && "__future__".equals(s.module())) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        loadConst(new CodeConstants.Tuple(names));
        addOpName(IMPORT_NAME, s.module() != null ? s.module() : "");
        for (int i = 0; i < s.names().size(); i++) {
            Ast.Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                addOp(IMPORT_STAR, 0);
                return;
            }
            addOpName(IMPORT_FROM, alias.name());
            nameOp(alias.asname() != null ? alias.asname() : alias.name(), Ast.ExprContext.Store);
        }
        addOp(POP_TOP, 0);
    }

    /** compiler_augassign */
    private void compilerAugassign(Ast.AugAssign s) {
        Ast.Expr e = s.target();
        SavedLoc saved = saveLoc();
        setLoc(e);
        switch (e) {
            case Ast.Attribute a -> {
                visitExpr(a.value());
                addOp(COPY, 1);
                updateStartLocationToMatchAttr(a);
                addOpName(LOAD_ATTR, a.attr());
            }
            case Ast.Subscript sub -> {
                visitExpr(sub.value());
                visitExpr(sub.slice());
                addOp(COPY, 2);
                addOp(COPY, 2);
                addOp(BINARY_SUBSCR, 0);
            }
            case Ast.Name n -> nameOp(n.id(), Ast.ExprContext.Load);
            default -> throw new IllegalStateException("invalid node type for augmented assignment");
        }
        restoreLoc(saved);
        visitExpr(s.value());
        addOp(BINARY_OP, binop(s.op()) + 13);
        setLoc(e);
        switch (e) {
            case Ast.Attribute a -> {
                updateStartLocationToMatchAttr(a);
                addOp(SWAP, 2);
                addOpName(STORE_ATTR, a.attr());
            }
            case Ast.Subscript sub -> {
                addOp(SWAP, 3);
                addOp(SWAP, 2);
                addOp(STORE_SUBSCR, 0);
            }
            case Ast.Name n -> nameOp(n.id(), Ast.ExprContext.Store);
            default -> { }
        }
    }

    /** compiler_annassign */
    private void compilerAnnassign(Ast.AnnAssign s) {
        Ast.Expr targ = s.target();
        if (s.value() != null) {
            visitExpr(s.value());
            visitExpr(targ);
        }
        switch (targ) {
            case Ast.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw error("cannot assign to __debug__");
                }
                if (s.simple() != 0 && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
                    if (future.annotations()) {
                        visitAnnExpr(s.annotation());
                    } else {
                        visitExpr(s.annotation());
                    }
                    addOpName(LOAD_NAME, "__annotations__");
                    loadConst(Symtable.mangle(u.privateName, n.id()));
                    addOp(STORE_SUBSCR, 0);
                }
            }
            case Ast.Attribute a -> {
                if (s.value() == null) {
                    checkAnnExpr(a.value());
                }
            }
            case Ast.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscr(sub.slice());
                }
            }
            default -> throw error("invalid node type for annotated assignment");
        }
        if (s.simple() == 0 && !future.annotations()
                && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
            checkAnnExpr(s.annotation());
        }
    }

    private void checkAnnExpr(Ast.Expr e) {
        visitExpr(e);
        addOp(POP_TOP, 0);
    }

    private void checkAnnSubscr(Ast.Expr e) {
        switch (e) {
            case Ast.Slice sl -> {
                if (sl.lower() != null) {
                    checkAnnExpr(sl.lower());
                }
                if (sl.upper() != null) {
                    checkAnnExpr(sl.upper());
                }
                if (sl.step() != null) {
                    checkAnnExpr(sl.step());
                }
            }
            case Ast.Tuple t -> {
                for (Ast.Expr x : t.elts()) {
                    checkAnnSubscr(x);
                }
            }
            default -> checkAnnExpr(e);
        }
    }

    // ---------------------------------------------------------------- expressions

    private void visitExpr(Ast.Expr e) {
        SavedLoc saved = saveLoc();
        setLoc(e);
        visitExpr1(e);
        restoreLoc(saved);
    }

    static int binop(Ast.Operator op) {
        return switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
    }

    private void visitExpr1(Ast.Expr e) {
        switch (e) {
            case Ast.NamedExpr n -> {
                visitExpr(n.value());
                addOp(COPY, 1);
                visitExpr(n.target());
            }
            case Ast.BoolOp b -> compilerBoolop(b);
            case Ast.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
                addOp(BINARY_OP, binop(b.op()));
            }
            case Ast.UnaryOp un -> {
                visitExpr(un.operand());
                addOp(switch (un.op()) {
                    case Invert -> UNARY_INVERT;
                    case Not -> UNARY_NOT;
                    case UAdd -> UNARY_POSITIVE;
                    case USub -> UNARY_NEGATIVE;
                }, 0);
            }
            case Ast.Lambda l -> compilerLambda(l);
            case Ast.IfExp i -> {
                BasicBlock end = newBlock();
                BasicBlock next = newBlock();
                jumpIf(i.test(), next, false);
                visitExpr(i.body());
                addJumpNoLine(JUMP, end);
                useNextBlock(next);
                visitExpr(i.orelse());
                useNextBlock(end);
            }
            case Ast.Dict d -> compilerDict(d);
            case Ast.Set s -> starunpackHelper(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case Ast.GeneratorExp g -> compilerComprehension(g, 0, "<genexpr>", g.generators(), g.elt(), null);
            case Ast.ListComp g -> compilerComprehension(g, 1, "<listcomp>", g.generators(), g.elt(), null);
            case Ast.SetComp g -> compilerComprehension(g, 2, "<setcomp>", g.generators(), g.elt(), null);
            case Ast.DictComp g -> compilerComprehension(g, 3, "<dictcomp>", g.generators(), g.key(), g.value());
            case Ast.Yield y -> {
                if (u.ste.type() != SymtableEntry.BlockType.FUNCTION) {
                    throw error("'yield' outside function");
                }
                if (y.value() != null) {
                    visitExpr(y.value());
                } else {
                    loadConst(Constants.Singleton.NONE);
                }
                if (u.ste.isCoroutine()) {
                    addOp(ASYNC_GEN_WRAP, 0);
                }
                addOp(YIELD_VALUE, 0);
                addOp(RESUME, 1);
            }
            case Ast.YieldFrom y -> {
                if (u.ste.type() != SymtableEntry.BlockType.FUNCTION) {
                    throw error("'yield' outside function");
                }
                if (u.scopeType == ScopeType.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function");
                }
                visitExpr(y.value());
                addOp(GET_YIELD_FROM_ITER, 0);
                loadConst(Constants.Singleton.NONE);
                addYieldFrom(false);
            }
            case Ast.Await a -> {
                if (u.ste.type() != SymtableEntry.BlockType.FUNCTION) {
                    throw error("'await' outside function");
                }
                if (u.scopeType != ScopeType.ASYNC_FUNCTION && u.scopeType != ScopeType.COMPREHENSION) {
                    throw error("'await' outside async function");
                }
                visitExpr(a.value());
                addOp(GET_AWAITABLE, 0);
                loadConst(Constants.Singleton.NONE);
                addYieldFrom(true);
            }
            case Ast.Compare c -> compilerCompare(c);
            case Ast.Call c -> compilerCall(c);
            case Ast.Constant k -> loadConst(k.value());
            case Ast.JoinedStr j -> {
                int n = j.values().size();
                if (n > STACK_USE_GUIDELINE) {
                    loadConst("");
                    addOpName(LOAD_METHOD, "join");
                    addOp(BUILD_LIST, 0);
                    for (Ast.Expr v : j.values()) {
                        visitExpr(v);
                        addOp(LIST_APPEND, 1);
                    }
                    addOp(PRECALL, 1);
                    addOp(CALL, 1);
                } else {
                    for (Ast.Expr v : j.values()) {
                        visitExpr(v);
                    }
                    if (n != 1) {
                        addOp(BUILD_STRING, n);
                    }
                }
            }
            case Ast.FormattedValue f -> {
                visitExpr(f.value());
                int oparg = switch (f.conversion()) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    default -> 0;
                };
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                    oparg |= 4;
                }
                addOp(FORMAT_VALUE, oparg);
            }
            case Ast.Attribute a -> {
                visitExpr(a.value());
                updateStartLocationToMatchAttr(a);
                switch (a.ctx()) {
                    case Load -> addOpName(LOAD_ATTR, a.attr());
                    case Store -> {
                        if (a.attr().equals("__debug__")) {
                            throw error("cannot assign to __debug__");
                        }
                        addOpName(STORE_ATTR, a.attr());
                    }
                    case Del -> addOpName(DELETE_ATTR, a.attr());
                }
            }
            case Ast.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
                addOp(switch (s.ctx()) {
                    case Load -> BINARY_SUBSCR;
                    case Store -> STORE_SUBSCR;
                    case Del -> DELETE_SUBSCR;
                }, 0);
            }
            case Ast.Starred s -> throw error(s.ctx() == Ast.ExprContext.Store
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
            case Ast.Slice s -> {
                int n = 2;
                if (s.lower() != null) {
                    visitExpr(s.lower());
                } else {
                    loadConst(Constants.Singleton.NONE);
                }
                if (s.upper() != null) {
                    visitExpr(s.upper());
                } else {
                    loadConst(Constants.Singleton.NONE);
                }
                if (s.step() != null) {
                    n++;
                    visitExpr(s.step());
                }
                addOp(BUILD_SLICE, n);
            }
            case Ast.Name n -> nameOp(n.id(), n.ctx());
            case Ast.List l -> {
                switch (l.ctx()) {
                    case Store -> assignmentHelper(l.elts());
                    case Load -> starunpackHelper(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                    case Del -> {
                        for (Ast.Expr x : l.elts()) {
                            visitExpr(x);
                        }
                    }
                }
            }
            case Ast.Tuple t -> {
                switch (t.ctx()) {
                    case Store -> assignmentHelper(t.elts());
                    case Load -> starunpackHelper(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                    case Del -> {
                        for (Ast.Expr x : t.elts()) {
                            visitExpr(x);
                        }
                    }
                }
            }
        }
    }

    private void compilerBoolop(Ast.BoolOp b) {
        Opcode jumpi = b.op() == Ast.BoolOpKind.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        BasicBlock end = newBlock();
        int n = b.values().size() - 1;
        for (int i = 0; i < n; i++) {
            visitExpr(b.values().get(i));
            addJump(jumpi, end);
            BasicBlock next = newBlock();
            useNextBlock(next);
        }
        visitExpr(b.values().get(n));
        useNextBlock(end);
    }

    private void addCompare(Ast.CmpOp op) {
        switch (op) {
            case Eq -> addOp(COMPARE_OP, 2);
            case NotEq -> addOp(COMPARE_OP, 3);
            case Lt -> addOp(COMPARE_OP, 0);
            case LtE -> addOp(COMPARE_OP, 1);
            case Gt -> addOp(COMPARE_OP, 4);
            case GtE -> addOp(COMPARE_OP, 5);
            case Is -> addOp(IS_OP, 0);
            case IsNot -> addOp(IS_OP, 1);
            case In -> addOp(CONTAINS_OP, 0);
            case NotIn -> addOp(CONTAINS_OP, 1);
        }
    }

    private void compilerCompare(Ast.Compare e) {
        int n = e.ops().size() - 1;
        visitExpr(e.left());
        if (n == 0) {
            visitExpr(e.comparators().get(0));
            addCompare(e.ops().get(0));
        } else {
            BasicBlock cleanup = newBlock();
            for (int i = 0; i < n; i++) {
                visitExpr(e.comparators().get(i));
                addOp(SWAP, 2);
                addOp(COPY, 2);
                addCompare(e.ops().get(i));
                addJump(JUMP_IF_FALSE_OR_POP, cleanup);
                nextBlock();
            }
            visitExpr(e.comparators().get(n));
            addCompare(e.ops().get(n));
            BasicBlock end = newBlock();
            addJumpNoLine(JUMP, end);
            useNextBlock(cleanup);
            addOp(SWAP, 2);
            addOp(POP_TOP, 0);
            useNextBlock(end);
        }
    }

    /**
     * compiler_jump_if. The jumps carry the enclosing statement's position, except that a
     * comparison's jumps carry the comparison's own (what CPython 3.11 shows).
     */
    private void jumpIf(Ast.Expr e, BasicBlock next, boolean cond) {
        if (!(e instanceof Ast.Compare)) {
            jumpIf1(e, next, cond);
            return;
        }
        // compiler_jump_if sets the comparison's location and leaves it set: what follows (an
        // assert's LOAD_ASSERTION_ERROR ... RAISE_VARARGS) is located at the test, as in CPython
        setLoc(e);
        jumpIf1(e, next, cond);
    }

    private void jumpIf1(Ast.Expr e, BasicBlock next, boolean cond) {
        switch (e) {
            case Ast.UnaryOp un when un.op() == Ast.UnaryOpKind.Not -> {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            case Ast.BoolOp b -> {
                List<Ast.Expr> s = b.values();
                int n = s.size() - 1;
                boolean cond2 = b.op() == Ast.BoolOpKind.Or;
                BasicBlock next2 = next;
                if (cond2 != cond) {
                    next2 = newBlock();
                }
                for (int i = 0; i < n; i++) {
                    jumpIf(s.get(i), next2, cond2);
                }
                jumpIf(s.get(n), next, cond);
                if (next2 != next) {
                    useNextBlock(next2);
                }
                return;
            }
            case Ast.IfExp i -> {
                BasicBlock end = newBlock();
                BasicBlock next2 = newBlock();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                addJumpNoLine(JUMP, end);
                useNextBlock(next2);
                jumpIf(i.orelse(), next, cond);
                useNextBlock(end);
                return;
            }
            case Ast.Compare c when c.ops().size() > 1 -> {
                int n = c.ops().size() - 1;
                BasicBlock cleanup = newBlock();
                visitExpr(c.left());
                for (int i = 0; i < n; i++) {
                    visitExpr(c.comparators().get(i));
                    addOp(SWAP, 2);
                    addOp(COPY, 2);
                    addCompare(c.ops().get(i));
                    addJump(POP_JUMP_IF_FALSE, cleanup);
                    nextBlock();
                }
                visitExpr(c.comparators().get(n));
                addCompare(c.ops().get(n));
                addJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
                nextBlock();
                BasicBlock end = newBlock();
                addJumpNoLine(JUMP, end);
                useNextBlock(cleanup);
                addOp(POP_TOP, 0);
                if (!cond) {
                    addJumpNoLine(JUMP, next);
                }
                useNextBlock(end);
                return;
            }
            default -> { }
        }
        visitExpr(e);
        addJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
        nextBlock();
    }

    private static boolean allConst(List<Ast.Expr> elts, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!(elts.get(i) instanceof Ast.Constant)) {
                return false;
            }
        }
        return true;
    }

    /** starunpack_helper */
    private void starunpackHelper(List<Ast.Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend,
            boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConst(elts, 0, n)) {
            List<Object> vals = new ArrayList<>(n);
            for (Ast.Expr x : elts) {
                vals.add(((Ast.Constant) x).value());
            }
            if (tuple && pushed == 0) {
                loadConst(new CodeConstants.Tuple(vals));
            } else {
                Object folded = add == SET_ADD ? frozenset(vals) : new CodeConstants.Tuple(vals);
                addOp(build, pushed);
                loadConst(folded);
                addOp(extend, 1);
                if (tuple) {
                    addOp(LIST_TO_TUPLE, 0);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Ast.Expr x : elts) {
            if (x instanceof Ast.Starred) {
                seenStar = true;
            }
        }
        if (!seenStar && !big) {
            for (Ast.Expr x : elts) {
                visitExpr(x);
            }
            addOp(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            addOp(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Ast.Expr x = elts.get(i);
            if (x instanceof Ast.Starred s) {
                if (!built) {
                    addOp(build, i + pushed);
                    built = true;
                }
                visitExpr(s.value());
                addOp(extend, 1);
            } else {
                visitExpr(x);
                if (built) {
                    addOp(add, 1);
                }
            }
        }
        if (tuple) {
            addOp(LIST_TO_TUPLE, 0);
        }
    }

    /** A frozenset constant: duplicates removed by constant key, first occurrence kept. */
    static CodeConstants.FrozenSet frozenset(List<Object> vals) {
        List<Object> items = new ArrayList<>();
        java.util.Set<Object> seen = new HashSet<>();
        for (Object v : vals) {
            if (seen.add(setKey(v))) {
                items.add(v);
            }
        }
        return new CodeConstants.FrozenSet(items);
    }

    /** Set membership uses ==: 1, 1.0 and True are the same element. */
    private static Object setKey(Object v) {
        return switch (v) {
            case Boolean b -> new java.math.BigDecimal(b ? 1 : 0);
            case BigInteger i -> new java.math.BigDecimal(i);
            case Double d when !d.isNaN() && !d.isInfinite() -> new java.math.BigDecimal(d).stripTrailingZeros();
            default -> ConstKey.of(v);
        };
    }

    private void unpackHelper(List<Ast.Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Ast.Expr elt = elts.get(i);
            if (elt instanceof Ast.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment");
                }
                addOp(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt instanceof Ast.Starred) {
                throw error("multiple starred expressions in assignment");
            }
        }
        if (!seenStar) {
            addOp(UNPACK_SEQUENCE, n);
        }
    }

    private void assignmentHelper(List<Ast.Expr> elts) {
        unpackHelper(elts);
        for (Ast.Expr elt : elts) {
            visitExpr(elt instanceof Ast.Starred s ? s.value() : elt);
        }
    }

    private void compilerSubdict(Ast.Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConst(e.keys(), begin, end)) {
            for (int i = begin; i < end; i++) {
                visitExpr(e.values().get(i));
            }
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                keys.add(((Ast.Constant) e.keys().get(i)).value());
            }
            loadConst(new CodeConstants.Tuple(keys));
            addOp(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addOp(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            visitExpr(e.keys().get(i));
            visitExpr(e.values().get(i));
            if (big) {
                addOp(MAP_ADD, 1);
            }
        }
        if (!big) {
            addOp(BUILD_MAP, n);
        }
    }

    private void compilerDict(Ast.Dict e) {
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = e.keys().get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    compilerSubdict(e, i - elements, i);
                    if (haveDict) {
                        addOp(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addOp(BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(e.values().get(i));
                addOp(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    compilerSubdict(e, i - elements, i + 1);
                    if (haveDict) {
                        addOp(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            compilerSubdict(e, n - elements, n);
            if (haveDict) {
                addOp(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            addOp(BUILD_MAP, 0);
        }
    }

    private boolean isImportOriginated(Ast.Expr e) {
        if (!(e instanceof Ast.Name n)) {
            return false;
        }
        Integer flags = st.top().symbols().get(n.id());
        return flags != null && (flags & Symtable.DEF_IMPORT) != 0;
    }

    /** compiler_call, with maybe_optimize_method_call */
    private void compilerCall(Ast.Call e) {
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        setLoc(e.func());
        addOp(PUSH_NULL, 0);
        setLoc(e);
        visitExpr(e.func());
        callHelper(0, e.args(), e.keywords());
    }

    private boolean maybeOptimizeMethodCall(Ast.Call e) {
        if (!(e.func() instanceof Ast.Attribute meth) || meth.ctx() != Ast.ExprContext.Load) {
            return false;
        }
        if (isImportOriginated(meth.value())) {
            return false;
        }
        int argsl = e.args().size();
        int kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (Ast.Expr a : e.args()) {
            if (a instanceof Ast.Starred) {
                return false;
            }
        }
        for (Ast.Keyword k : e.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        visitExpr(meth.value());
        setLoc(meth);
        updateStartLocationToMatchAttr(meth);
        addOpName(LOAD_METHOD, meth.attr());
        for (Ast.Expr a : e.args()) {
            visitExpr(a);
        }
        if (kwdsl > 0) {
            validateKeywords(e.keywords());
            for (Ast.Keyword k : e.keywords()) {
                visitExpr(k.value());
            }
            callSimpleKwHelper(e.keywords());
        }
        setLoc(e);
        updateStartLocationToMatchAttr(meth);
        addOp(PRECALL, argsl + kwdsl);
        addOp(CALL, argsl + kwdsl);
        return true;
    }

    private void validateKeywords(List<Ast.Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Ast.Keyword k = keywords.get(i);
            if (k.arg() == null) {
                continue;
            }
            if (k.arg().equals("__debug__")) {
                throw error("cannot assign to __debug__");
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                Ast.Keyword other = keywords.get(j);
                if (k.arg().equals(other.arg())) {
                    setLoc(other);
                    throw error("keyword argument repeated: " + k.arg());
                }
            }
        }
    }

    private void callSimpleKwHelper(List<Ast.Keyword> keywords) {
        List<Object> names = new ArrayList<>();
        for (Ast.Keyword k : keywords) {
            names.add(k.arg());
        }
        addOp(KW_NAMES, u.addConst(new CodeConstants.Tuple(names)));
    }

    /** compiler_call_helper */
    private void callHelper(int n, List<Ast.Expr> args, List<Ast.Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (Ast.Expr a : args) {
            if (a instanceof Ast.Starred) {
                ex = true;
            }
        }
        for (Ast.Keyword k : keywords) {
            if (k.arg() == null) {
                ex = true;
            }
        }
        if (!ex) {
            for (Ast.Expr a : args) {
                visitExpr(a);
            }
            if (nkwelts > 0) {
                for (Ast.Keyword k : keywords) {
                    visitExpr(k.value());
                }
                callSimpleKwHelper(keywords);
            }
            addOp(PRECALL, n + nelts + nkwelts);
            addOp(CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Ast.Starred s) {
            visitExpr(s.value());
        } else {
            starunpackHelper(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Ast.Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            addOp(DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addOp(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(kw.value());
                    addOp(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    addOp(DICT_MERGE, 1);
                }
            }
        }
        addOp(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    private void subkwargs(List<Ast.Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                visitExpr(keywords.get(i).value());
                keys.add(keywords.get(i).arg());
            }
            loadConst(new CodeConstants.Tuple(keys));
            addOp(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addOp(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            loadConst(keywords.get(i).arg());
            visitExpr(keywords.get(i).value());
            if (big) {
                addOp(MAP_ADD, 1);
            }
        }
        if (!big) {
            addOp(BUILD_MAP, n);
        }
    }

    private void compilerLambda(Ast.Lambda e) {
        checkDebugArgs(e.args());
        int funcflags = defaultArguments(e.args());
        enterScope("<lambda>", ScopeType.LAMBDA, e, e.lineno());
        u.addConst(Constants.Singleton.NONE);
        u.argcount = e.args().args().size();
        u.posonlyargcount = e.args().posonlyargs().size();
        u.kwonlyargcount = e.args().kwonlyargs().size();
        visitExpr(e.body());
        PyCode co;
        if (u.ste.isGenerator()) {
            co = assemble(false);
        } else {
            addOp(RETURN_VALUE, 0);
            co = assemble(true);
        }
        exitScope();
        makeClosure(co, funcflags);
    }

    /** compiler_comprehension; type 0 genexp, 1 list, 2 set, 3 dict. */
    private void compilerComprehension(Ast.Expr e, int type, String name, List<Ast.Comprehension> generators,
            Ast.Expr elt, Ast.Expr val) {
        ScopeType outerScope = u.scopeType;
        Ast.Comprehension outermost = generators.get(0);
        enterScope(name, ScopeType.COMPREHENSION, e, e.lineno());
        setLoc(e);
        boolean isAsyncGenerator = u.ste.isCoroutine();
        if (isAsyncGenerator && type != 0 && outerScope != ScopeType.ASYNC_FUNCTION
                && outerScope != ScopeType.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != 0) {
            addOp(type == 1 ? BUILD_LIST : type == 2 ? BUILD_SET : BUILD_MAP, 0);
        }
        comprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != 0) {
            addOp(RETURN_VALUE, 0);
        }
        PyCode co = assemble(true);
        exitScope();
        makeClosure(co, 0);
        visitExpr(outermost.iter());
        addOp(outermost.isAsync() != 0 ? GET_AITER : GET_ITER, 0);
        addOp(PRECALL, 0);
        addOp(CALL, 0);
        if (isAsyncGenerator && type != 0) {
            addOp(GET_AWAITABLE, 0);
            loadConst(Constants.Singleton.NONE);
            addYieldFrom(true);
        }
    }

    private void comprehensionGenerator(List<Ast.Comprehension> gens, int genIndex, int depth, Ast.Expr elt,
            Ast.Expr val, int type) {
        if (gens.get(genIndex).isAsync() != 0) {
            asyncComprehensionGenerator(gens, genIndex, depth, elt, val, type);
        } else {
            syncComprehensionGenerator(gens, genIndex, depth, elt, val, type);
        }
    }

    private void comprehensionElement(Ast.Expr elt, Ast.Expr val, int type, int depth) {
        switch (type) {
            case 0 -> {
                visitExpr(elt);
                if (u.ste.isCoroutine()) {
                    addOp(ASYNC_GEN_WRAP, 0);
                }
                addOp(YIELD_VALUE, 0);
                addOp(RESUME, 1);
                addOp(POP_TOP, 0);
            }
            case 1 -> {
                visitExpr(elt);
                addOp(LIST_APPEND, depth + 1);
            }
            case 2 -> {
                visitExpr(elt);
                addOp(SET_ADD, depth + 1);
            }
            default -> {
                visitExpr(elt);
                visitExpr(val);
                addOp(MAP_ADD, depth + 1);
            }
        }
    }

    private void syncComprehensionGenerator(List<Ast.Comprehension> gens, int genIndex, int depth, Ast.Expr elt,
            Ast.Expr val, int type) {
        BasicBlock start = newBlock();
        BasicBlock ifCleanup = newBlock();
        BasicBlock anchor = newBlock();
        Ast.Comprehension gen = gens.get(genIndex);
        if (genIndex == 0) {
            u.argcount = 1;
            addOp(LOAD_FAST, 0);
        } else {
            List<Ast.Expr> elts = switch (gen.iter()) {
                case Ast.List l -> l.elts();
                case Ast.Tuple t -> t.elts();
                default -> null;
            };
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Ast.Starred)) {
                visitExpr(elts.get(0));
                start = null;
            }
            if (start != null) {
                visitExpr(gen.iter());
                addOp(GET_ITER, 0);
            }
        }
        if (start != null) {
            depth++;
            useNextBlock(start);
            addJump(FOR_ITER, anchor);
        }
        visitExpr(gen.target());
        for (Ast.Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (++genIndex < gens.size()) {
            comprehensionGenerator(gens, genIndex, depth, elt, val, type);
        }
        if (genIndex >= gens.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        useNextBlock(ifCleanup);
        if (start != null) {
            addJump(JUMP, start);
            useNextBlock(anchor);
        }
    }

    private void asyncComprehensionGenerator(List<Ast.Comprehension> gens, int genIndex, int depth, Ast.Expr elt,
            Ast.Expr val, int type) {
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock ifCleanup = newBlock();
        Ast.Comprehension gen = gens.get(genIndex);
        if (genIndex == 0) {
            u.argcount = 1;
            addOp(LOAD_FAST, 0);
        } else {
            visitExpr(gen.iter());
            addOp(GET_AITER, 0);
        }
        useNextBlock(start);
        pushFBlock(FBlock.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        addJump(SETUP_FINALLY, except);
        addOp(GET_ANEXT, 0);
        loadConst(Constants.Singleton.NONE);
        addYieldFrom(true);
        addOp(POP_BLOCK, 0);
        visitExpr(gen.target());
        for (Ast.Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        depth++;
        if (++genIndex < gens.size()) {
            comprehensionGenerator(gens, genIndex, depth, elt, val, type);
        }
        if (genIndex >= gens.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        useNextBlock(ifCleanup);
        addJump(JUMP, start);
        popFBlock();
        useNextBlock(except);
        addOp(END_ASYNC_FOR, 0);
    }

    // ---------------------------------------------------------------- pattern matching

    /** Match statements: compile.c's compiler_match and the compiler_pattern_* family. */
    private final class PatternCompiler {
        private List<String> stores;
        private boolean allowIrrefutable;
        private List<BasicBlock> failPop = new ArrayList<>();
        private int onTop;

        private static boolean wildcard(Ast.Pattern p) {
            return p instanceof Ast.MatchAs a && a.pattern() == null && a.name() == null;
        }

        private static boolean wildcardStar(Ast.Pattern p) {
            return p instanceof Ast.MatchStar s && s.name() == null;
        }

        void compileMatch(Ast.Match s) {
            visitExpr(s.subject());
            BasicBlock end = newBlock();
            int cases = s.cases().size();
            Ast.MatchCase m = s.cases().get(cases - 1);
            int hasDefault = wildcard(m.pattern()) && cases > 1 ? 1 : 0;
            for (int i = 0; i < cases - hasDefault; i++) {
                m = s.cases().get(i);
                setLoc(m.pattern());
                if (i != cases - hasDefault - 1) {
                    addOp(COPY, 1);
                }
                stores = new ArrayList<>();
                allowIrrefutable = m.guard() != null || i == cases - 1;
                failPop = new ArrayList<>();
                onTop = 0;
                pattern(m.pattern());
                for (String name : stores) {
                    nameOp(name, Ast.ExprContext.Store);
                }
                if (m.guard() != null) {
                    ensureFailPop(0);
                    jumpIf(m.guard(), failPop.get(0), false);
                }
                if (i != cases - hasDefault - 1) {
                    addOp(POP_TOP, 0);
                }
                visitStmts(m.body());
                addJump(JUMP, end);
                setLoc(m.pattern());
                emitAndResetFailPop();
            }
            if (hasDefault == 1) {
                m = s.cases().get(cases - 1);
                setLoc(m.pattern());
                if (cases == 1) {
                    addOp(POP_TOP, 0);
                } else {
                    addOp(NOP, 0);
                }
                if (m.guard() != null) {
                    jumpIf(m.guard(), end, false);
                }
                visitStmts(m.body());
            }
            useNextBlock(end);
        }

        private void ensureFailPop(int n) {
            while (failPop.size() < n + 1) {
                failPop.add(newBlock());
            }
        }

        private void jumpToFailPop(Opcode op) {
            int pops = onTop + stores.size();
            ensureFailPop(pops);
            addJump(op, failPop.get(pops));
            nextBlock();
        }

        private void emitAndResetFailPop() {
            if (failPop.isEmpty()) {
                nextBlock();
                return;
            }
            for (int k = failPop.size() - 1; k > 0; k--) {
                useNextBlock(failPop.get(k));
                addOp(POP_TOP, 0);
            }
            useNextBlock(failPop.get(0));
            failPop = new ArrayList<>();
        }

        private void rotate(int count) {
            while (count > 1) {
                addOp(SWAP, count--);
            }
        }

        private void storeName(String n) {
            if (n == null) {
                addOp(POP_TOP, 0);
                return;
            }
            if (n.equals("__debug__")) {
                throw error("cannot assign to __debug__");
            }
            if (stores.contains(n)) {
                throw error("multiple assignments to name '" + n + "' in pattern");
            }
            rotate(onTop + stores.size() + 1);
            stores.add(n);
        }

        private void subpattern(Ast.Pattern p) {
            boolean allow = allowIrrefutable;
            allowIrrefutable = true;
            pattern(p);
            allowIrrefutable = allow;
        }

        private void pattern(Ast.Pattern p) {
            setLoc(p);
            switch (p) {
                case Ast.MatchValue v -> {
                    if (!(v.value() instanceof Ast.Constant || v.value() instanceof Ast.Attribute)) {
                        throw error("patterns may only match literals and attribute lookups");
                    }
                    visitExpr(v.value());
                    addCompare(Ast.CmpOp.Eq);
                    jumpToFailPop(POP_JUMP_IF_FALSE);
                }
                case Ast.MatchSingleton v -> {
                    loadConst(v.value());
                    addCompare(Ast.CmpOp.Is);
                    jumpToFailPop(POP_JUMP_IF_FALSE);
                }
                case Ast.MatchSequence sq -> sequence(sq);
                case Ast.MatchMapping mm -> mapping(mm);
                case Ast.MatchClass mc -> classPattern(mc);
                case Ast.MatchStar st -> storeName(st.name());
                case Ast.MatchAs a -> {
                    if (a.pattern() == null) {
                        if (!allowIrrefutable) {
                            if (a.name() != null) {
                                throw error("name capture '" + a.name() + "' makes remaining patterns unreachable");
                            }
                            throw error("wildcard makes remaining patterns unreachable");
                        }
                        storeName(a.name());
                        return;
                    }
                    onTop++;
                    addOp(COPY, 1);
                    pattern(a.pattern());
                    onTop--;
                    storeName(a.name());
                }
                case Ast.MatchOr o -> or(o);
            }
        }

        private void sequence(Ast.MatchSequence p) {
            List<Ast.Pattern> patterns = p.patterns();
            int size = patterns.size();
            int star = -1;
            boolean onlyWildcard = true;
            boolean starWildcard = false;
            for (int i = 0; i < size; i++) {
                Ast.Pattern x = patterns.get(i);
                if (x instanceof Ast.MatchStar) {
                    if (star >= 0) {
                        throw error("multiple starred names in sequence pattern");
                    }
                    starWildcard = wildcardStar(x);
                    onlyWildcard &= starWildcard;
                    star = i;
                    continue;
                }
                onlyWildcard &= wildcard(x);
            }
            onTop++;
            addOp(MATCH_SEQUENCE, 0);
            jumpToFailPop(POP_JUMP_IF_FALSE);
            if (star < 0) {
                addOp(GET_LEN, 0);
                loadConst(BigInteger.valueOf(size));
                addCompare(Ast.CmpOp.Eq);
                jumpToFailPop(POP_JUMP_IF_FALSE);
            } else if (size - 1 > 0) {
                addOp(GET_LEN, 0);
                loadConst(BigInteger.valueOf(size - 1));
                addCompare(Ast.CmpOp.GtE);
                jumpToFailPop(POP_JUMP_IF_FALSE);
            }
            onTop--;
            if (onlyWildcard) {
                addOp(POP_TOP, 0);
            } else if (starWildcard) {
                onTop++;
                for (int i = 0; i < size; i++) {
                    Ast.Pattern x = patterns.get(i);
                    if (wildcard(x) || i == star) {
                        continue;
                    }
                    addOp(COPY, 1);
                    if (i < star) {
                        loadConst(BigInteger.valueOf(i));
                    } else {
                        addOp(GET_LEN, 0);
                        loadConst(BigInteger.valueOf(size - i));
                        addOp(BINARY_OP, binop(Ast.Operator.Sub));
                    }
                    addOp(BINARY_SUBSCR, 0);
                    subpattern(x);
                }
                onTop--;
                addOp(POP_TOP, 0);
            } else {
                boolean seenStar = false;
                for (int i = 0; i < size; i++) {
                    if (patterns.get(i) instanceof Ast.MatchStar && !seenStar) {
                        addOp(UNPACK_EX, i + ((size - i - 1) << 8));
                        seenStar = true;
                    }
                }
                if (!seenStar) {
                    addOp(UNPACK_SEQUENCE, size);
                }
                onTop += size;
                for (Ast.Pattern x : patterns) {
                    onTop--;
                    subpattern(x);
                }
            }
        }

        private void mapping(Ast.MatchMapping p) {
            List<Ast.Expr> keys = p.keys();
            int size = keys.size();
            String starTarget = p.rest();
            onTop++;
            addOp(MATCH_MAPPING, 0);
            jumpToFailPop(POP_JUMP_IF_FALSE);
            if (size == 0 && starTarget == null) {
                onTop--;
                addOp(POP_TOP, 0);
                return;
            }
            if (size > 0) {
                addOp(GET_LEN, 0);
                loadConst(BigInteger.valueOf(size));
                addCompare(Ast.CmpOp.GtE);
                jumpToFailPop(POP_JUMP_IF_FALSE);
            }
            java.util.Set<Object> seen = new HashSet<>();
            for (Ast.Expr key : keys) {
                if (key instanceof Ast.Constant k) {
                    if (!seen.add(setKey(k.value()))) {
                        throw error("mapping pattern checks duplicate key (" + CodeConstants.repr(k.value()) + ")");
                    }
                } else if (!(key instanceof Ast.Attribute)) {
                    throw error("mapping pattern keys may only match literals and attribute lookups");
                }
                visitExpr(key);
            }
            addOp(BUILD_TUPLE, size);
            addOp(MATCH_KEYS, 0);
            onTop += 2;
            addOp(COPY, 1);
            loadConst(Constants.Singleton.NONE);
            addOp(IS_OP, 1);
            jumpToFailPop(POP_JUMP_IF_FALSE);
            addOp(UNPACK_SEQUENCE, size);
            onTop += size - 1;
            for (Ast.Pattern x : p.patterns()) {
                onTop--;
                subpattern(x);
            }
            onTop -= 2;
            if (starTarget != null) {
                addOp(BUILD_MAP, 0);
                addOp(SWAP, 3);
                addOp(DICT_UPDATE, 2);
                addOp(UNPACK_SEQUENCE, size);
                while (size > 0) {
                    addOp(COPY, 1 + size--);
                    addOp(SWAP, 2);
                    addOp(DELETE_SUBSCR, 0);
                }
                storeName(starTarget);
            } else {
                addOp(POP_TOP, 0);
                addOp(POP_TOP, 0);
            }
        }

        private void classPattern(Ast.MatchClass p) {
            List<Ast.Pattern> patterns = p.patterns();
            List<String> attrs = p.kwdAttrs();
            List<Ast.Pattern> kwdPatterns = p.kwdPatterns();
            int nargs = patterns.size();
            int nattrs = attrs.size();
            if (nattrs > 0) {
                for (int i = 0; i < nattrs; i++) {
                    setLoc(kwdPatterns.get(i));
                    if (attrs.get(i).equals("__debug__")) {
                        throw error("cannot assign to __debug__");
                    }
                    for (int j = i + 1; j < nattrs; j++) {
                        if (attrs.get(i).equals(attrs.get(j))) {
                            setLoc(kwdPatterns.get(j));
                            throw error("attribute name repeated in class pattern: " + attrs.get(i));
                        }
                    }
                }
                setLoc(p);
            }
            visitExpr(p.cls());
            loadConst(new CodeConstants.Tuple(new ArrayList<>(attrs)));
            addOp(MATCH_CLASS, nargs);
            addOp(COPY, 1);
            loadConst(Constants.Singleton.NONE);
            addOp(IS_OP, 1);
            onTop++;
            jumpToFailPop(POP_JUMP_IF_FALSE);
            addOp(UNPACK_SEQUENCE, nargs + nattrs);
            onTop += nargs + nattrs - 1;
            for (int i = 0; i < nargs + nattrs; i++) {
                onTop--;
                Ast.Pattern x = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
                if (wildcard(x)) {
                    addOp(POP_TOP, 0);
                    continue;
                }
                subpattern(x);
            }
        }

        private void or(Ast.MatchOr p) {
            BasicBlock end = newBlock();
            int size = p.patterns().size();
            List<String> oldStores = stores;
            boolean oldAllow = allowIrrefutable;
            List<BasicBlock> oldFailPop = failPop;
            int oldOnTop = onTop;
            List<String> control = null;
            for (int i = 0; i < size; i++) {
                Ast.Pattern alt = p.patterns().get(i);
                setLoc(alt);
                stores = new ArrayList<>();
                allowIrrefutable = i == size - 1 && oldAllow;
                failPop = new ArrayList<>();
                onTop = 0;
                addOp(COPY, 1);
                pattern(alt);
                int nstores = stores.size();
                if (i == 0) {
                    control = stores;
                } else if (nstores != control.size()) {
                    throw error("alternative patterns bind different names");
                } else if (nstores > 0) {
                    int icontrol = nstores;
                    while (icontrol-- > 0) {
                        String name = control.get(icontrol);
                        int istores = stores.indexOf(name);
                        if (istores < 0) {
                            throw error("alternative patterns bind different names");
                        }
                        if (icontrol != istores) {
                            int rotations = istores + 1;
                            List<String> rotated = new ArrayList<>(stores.subList(0, rotations));
                            stores.subList(0, rotations).clear();
                            stores.addAll(icontrol - istores, rotated);
                            while (rotations-- > 0) {
                                rotate(icontrol + 1);
                            }
                        }
                    }
                }
                addJump(JUMP, end);
                emitAndResetFailPop();
            }
            stores = oldStores;
            allowIrrefutable = oldAllow;
            failPop = oldFailPop;
            onTop = oldOnTop;
            addOp(POP_TOP, 0);
            jumpToFailPop(JUMP);
            useNextBlock(end);
            int nstores = control.size();
            int nrots = nstores + 1 + onTop + stores.size();
            for (int i = 0; i < nstores; i++) {
                rotate(nrots);
                String name = control.get(i);
                if (stores.contains(name)) {
                    throw error("multiple assignments to name '" + name + "' in pattern");
                }
                stores.add(name);
            }
            addOp(POP_TOP, 0);
        }
    }
}
