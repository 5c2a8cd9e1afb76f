package pyj.parse.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import pyj.parse.ast.Ast.ExprContext;

/**
 * AstDump against CPython 3.11.7: each expected string is python3's
 * {@code ast.dump(ast.parse(src), include_attributes=True)} for the source in the comment; the
 * trees are built by hand as the parser would build them.
 */
class AstDumpTest {

    private static Ast.Name name(String id, ExprContext ctx, int line, int col) {
        return new Ast.Name(id, ctx, line, col, line, col + id.length());
    }

    private static Ast.Module module(Ast.Stmt... body) {
        return new Ast.Module(List.of(body), List.of());
    }

    @Test
    void optionalFieldsAreLeftOutButNoneInListsIsNot() {
        // def f(*, d) -> None: return
        Ast.Arguments args = new Ast.Arguments(List.of(), List.of(), null,
                List.of(new Ast.Arg("d", null, null, 1, 9, 1, 10)), Arrays.asList((Ast.Expr) null), null, List.of());
        Ast.Module m = module(new Ast.FunctionDef("f", args, List.of(new Ast.Return(null, 1, 21, 1, 27)), List.of(),
                new Ast.Constant(Constants.Singleton.NONE, null, 1, 15, 1, 19), null, 1, 0, 1, 27));
        assertEquals("Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg("
                + "arg='d', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], kw_defaults=[None], defaults=[]), "
                + "body=[Return(lineno=1, col_offset=21, end_lineno=1, end_col_offset=27)], decorator_list=[], "
                + "returns=Constant(value=None, lineno=1, col_offset=15, end_lineno=1, end_col_offset=19), lineno=1, "
                + "col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])", AstDump.dump(m));
    }

    @Test
    void dictWithDoubleStar() {
        // {**d, 'a': 1}
        Ast.Dict d = new Ast.Dict(Arrays.asList(null, new Ast.Constant("a", null, 1, 6, 1, 9)),
                List.of(name("d", ExprContext.Load, 1, 3), new Ast.Constant(BigInteger.ONE, null, 1, 11, 1, 12)),
                1, 0, 1, 13);
        assertEquals("Module(body=[Expr(value=Dict(keys=[None, Constant(value='a', lineno=1, col_offset=6, end_lineno=1, "
                + "end_col_offset=9)], values=[Name(id='d', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
                + "end_col_offset=4), Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], "
                + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=13)], type_ignores=[])", AstDump.dump(module(new Ast.ExprStmt(d, 1, 0, 1, 13))));
    }

    @Test
    void importFromAndGlobal() {
        // from . import x as y\nglobal a, b
        Ast.Module m = module(
                new Ast.ImportFrom(null, List.of(new Ast.Alias("x", "y", 1, 14, 1, 20)), 1, 1, 0, 1, 20),
                new Ast.Global(List.of("a", "b"), 2, 0, 2, 11));
        assertEquals("Module(body=[ImportFrom(names=[alias(name='x', asname='y', lineno=1, col_offset=14, end_lineno=1, "
                + "end_col_offset=20)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), "
                + "Global(names=['a', 'b'], lineno=2, col_offset=0, end_lineno=2, end_col_offset=11)], type_ignores=[])",
                AstDump.dump(m));
    }

    @Test
    void matchAndPatterns() {
        // match x:\n case [_, *r] if a < b: pass
        Ast.Pattern seq = new Ast.MatchSequence(List.of(new Ast.MatchAs(null, null, 2, 7, 2, 8),
                new Ast.MatchStar("r", 2, 10, 2, 12)), 2, 6, 2, 13);
        Ast.Expr guard = new Ast.Compare(name("a", ExprContext.Load, 2, 17), List.of(Ast.CmpOp.Lt),
                List.of(name("b", ExprContext.Load, 2, 21)), 2, 17, 2, 22);
        Ast.Module m = module(new Ast.Match(name("x", ExprContext.Load, 1, 6),
                List.of(new Ast.MatchCase(seq, guard, List.of(new Ast.Pass(2, 24, 2, 28)))), 1, 0, 2, 28));
        assertEquals("Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
                + "end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(lineno=2, col_offset=7, "
                + "end_lineno=2, end_col_offset=8), MatchStar(name='r', lineno=2, col_offset=10, end_lineno=2, "
                + "end_col_offset=12)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=13), guard=Compare(left="
                + "Name(id='a', ctx=Load(), lineno=2, col_offset=17, end_lineno=2, end_col_offset=18), ops=[Lt()], "
                + "comparators=[Name(id='b', ctx=Load(), lineno=2, col_offset=21, end_lineno=2, end_col_offset=22)], "
                + "lineno=2, col_offset=17, end_lineno=2, end_col_offset=22), body=[Pass(lineno=2, col_offset=24, "
                + "end_lineno=2, end_col_offset=28)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=28)], "
                + "type_ignores=[])", AstDump.dump(m));
    }

    @Test
    void typeIgnoreAndWithItem() {
        // ast.parse('x = 1  # type: ignore[z]', type_comments=True)
        Ast.Module m = new Ast.Module(List.of(new Ast.Assign(List.of(name("x", ExprContext.Store, 1, 0)),
                new Ast.Constant(BigInteger.ONE, null, 1, 4, 1, 5), null, 1, 0, 1, 5)),
                List.of(new Ast.TypeIgnore(1, "[z]")));
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), "
                + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[TypeIgnore(lineno=1, "
                + "tag='[z]')])", AstDump.dump(m));
        // with a: pass
        Ast.Module w = module(new Ast.With(List.of(new Ast.WithItem(name("a", ExprContext.Load, 1, 5), null)),
                List.of(new Ast.Pass(1, 8, 1, 12)), null, 1, 0, 1, 12));
        assertEquals("Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, "
                + "end_lineno=1, end_col_offset=6))], body=[Pass(lineno=1, col_offset=8, end_lineno=1, "
                + "end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])",
                AstDump.dump(w));
    }

    @Test
    void dumpIsFast() {
        // A wide, deep tree of ~200k nodes; a rough guard against per-node overhead creeping in.
        List<Ast.Stmt> body = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            Ast.Expr e = new Ast.BinOp(name("abc", ExprContext.Load, i + 1, 0), Ast.Operator.Add,
                    new Ast.Constant("text\n", null, i + 1, 6, i + 1, 14), i + 1, 0, i + 1, 14);
            body.add(new Ast.Assign(List.of(name("x", ExprContext.Store, i + 1, 0)), e, null, i + 1, 0, i + 1, 14));
        }
        Ast.Module m = new Ast.Module(body, List.of());
        long best = Long.MAX_VALUE;
        int len = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            len = AstDump.dump(m).length();
            best = Math.min(best, System.nanoTime() - t0);
        }
        assertTrue(len > 5_000_000);
        // ~6 MB of output; generous bound for a shared 2-core machine.
        assertTrue(best < 1_000_000_000L, "dump took " + best / 1_000_000 + " ms");
    }
}
