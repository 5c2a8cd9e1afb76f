package pyj.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyj.testing.CPythonOracle;
import pyj.cli.DumpTool;
import pyj.code.PyCode;

/**
 * Exception-table and control-flow shapes of small functions, compared with python3's dis text
 * (tools/dis_oracle.py, run live): nested try/finally with return, with inside try, except* with
 * several groups, generators with try/finally, loops unwinding through handlers, match. Every
 * code object also goes through {@link CodeVerifier}. The position cases compare every
 * instruction's co_positions() entry (tools/dis_oracle.py --pos) instead: the rules by which
 * compile.c gives implicit instructions a location.
 */
class CompilerShapesTest {
    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("nested_try_finally_return", """
                def f(x):
                    try:
                        try:
                            return g(x)
                        finally:
                            h()
                    finally:
                        k()
                """);
        CASES.put("with_inside_try", """
                def f(p):
                    try:
                        with open(p) as fh, lock:
                            return fh.read()
                    except OSError as e:
                        log(e)
                    else:
                        done()
                """);
        CASES.put("except_star_groups", """
                def f():
                    try:
                        g()
                    except* ValueError as e:
                        a(e)
                    except* (TypeError, KeyError):
                        b()
                    except* OSError:
                        pass
                    finally:
                        c()
                """);
        CASES.put("generator_try_finally", """
                def gen(items):
                    try:
                        for i in items:
                            yield i
                            yield from sub(i)
                    finally:
                        close()
                """);
        CASES.put("loop_unwinding", """
                def f(xs):
                    for x in xs:
                        with ctx():
                            try:
                                if x:
                                    break
                                continue
                            finally:
                                done(x)
                    while True:
                        try:
                            return 1
                        except E:
                            pass
                """);
        CASES.put("async_shapes", """
                async def f(src):
                    async with lock as l:
                        async for x in src:
                            await g(x)
                    return [y async for y in src if y]
                """);
        CASES.put("match_shapes", """
                def f(x):
                    match x:
                        case [1, *rest] | (2, *rest):
                            return rest
                        case {"a": 1, **kw}:
                            return kw
                        case C(a, b=[_, _]) if a:
                            return a
                        case _:
                            return None
                """);
        CASES.put("closures_and_classes", """
                def outer(a, *args, k=1, **kw):
                    b = 2
                    class C(Base, metaclass=M):
                        x: int = a
                        def m(self):
                            return super().m(a, b, __class__)
                    return lambda y=b: (a, y, C)
                """);
        // assemble() runs extend_block before optimize_cfg: both arms of the if get their own
        // copy of the implicit return, the jump through POP_BLOCK is gone.
        CASES.put("extend_block_before_optimize", """
                def f():
                    try:
                        if a:
                            b()
                        else:
                            c()
                    except K:
                        d()
                """);
        // A function ending in a return gets no implicit 'return None': no None constant before
        // the () that optimize_cfg folds from BUILD_TUPLE 0.
        CASES.put("no_implicit_return_after_return", """
                def f(width, **kwargs):
                    \"""doc\"""
                    return TextWrapper(width=width, **kwargs)
                """);
        // Folding of complex division and small integral complex powers (c_quot, c_powi); a
        // folded NaN is a constant of its own (it is unequal to every other).
        CASES.put("complex_folding_and_nan_constants", """
                def f(a):
                    a(1/1j, (1+2j)**3, (1+1j)**-2, 2j**0, (0.5-3j)**7, 3**(2+0j), 1/(1+0j), (1e300j)**2, 0j**-1)
                    a(1e300 * 1e300 * 0)
                    a(-1e300 * 1e300 * 0)
                    a(1e300 * 1e300 * 0j)
                    a(1e300 * 1e300 * 0j)
                    return (1e300 * 1e300 * 0, 2.5, 1e300 * 1e300 * 0)
                """);
        // Code constants are equal by value: the while test and the finally body are compiled
        // twice, their genexpr/lambda is one constant.
        CASES.put("code_constants_merged", """
                def f(s):
                    while any(t.busy() for t in s):
                        try:
                            s.pop()
                        finally:
                            s.sort(key=lambda t: t.n)
                """);
        // apply_static_swaps must not reorder stores to the same local (the result would change).
        CASES.put("static_swaps_same_local", """
                def f(x, y, z):
                    a, a = x, y
                    a, b, a = x, y, z
                    a, a, b = x, y, z
                    c, d = x, y
                    return a
                """);
        // Postponed annotations are unparsed to strings (ast_unparse.c), f-strings included.
        CASES.put("future_annotations", """
                from __future__ import annotations
                x: f"a{b!r:>{w}} {{c}} {d=}" = 1
                y: f"{ {1: 2}[1]} {(lambda: 3)()} {'q'} {x:{'>'}10}"
                def f(a: f"{a}'\\"") -> f'{b:%Y-%m}': pass
                z: f"{a}" "plain" f'{3.5:.2f}' | (a if b else c) ** -d
                """);
    }

    private static final Map<String, String> POSITION_CASES = new LinkedHashMap<>();

    static {
        // compiler_jump_if sets a comparison's location and leaves it set for the rest of the
        // statement: the assert's raise, the next and/or operand's jump, a comprehension's append.
        POSITION_CASES.put("compare_location_leaks", """
                def f(a, b, m):
                    assert a == b, m
                    assert a, m
                    assert (a and
                            b), m
                    if a < b and m:
                        pass
                    while a is not None or (b
                            in m):
                        a()
                    return [x for x in a if x != 1], {k: v for k, v in m if k > 0 if v}
                """);
        // compiler_subkwargs with more than 15 keywords: MAP_ADD without a line (the value's
        // position by propagation); a big dict display's MAP_ADD has the display's.
        POSITION_CASES.put("big_keywords_and_dicts", """
                f(a0=0, a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9,
                  b0=g(0), b1=1, b2=2, b3=3, b4=4, b5=5, b6=6, b7=7, b8=8, b9=(9 +
                  x), **k)
                d = {0: a, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9,
                     10: 0, 11: 1, 12: 2, 13: 3, 14: 4, 15: 5, 16: 6, 17: g(7), 18: 8}
                """);
        // compiler_match_inner unsets the location after each case body: the jump to the end
        // takes the body's last instruction's position (a STORE_ATTR's, not the statement's).
        POSITION_CASES.put("match_case_body_jump", """
                def f(x, self):
                    match x:
                        case 1:
                            self.a = True
                        case 2 if self:
                            self.b = False
                        case _:
                            self.c = None
                    if x:
                        self.d = 1
                    else:
                        self.e = 2
                """);
        // compiler_with unsets the location before POP_BLOCK (its NOP takes the jump's position
        // by propagation), compiler_async_with does not (it keeps the raise's).
        POSITION_CASES.put("with_pop_block_location", """
                def f():
                    with barrier as i :
                        if i == 1:
                            raise RuntimeError
                async def coro():
                    async with barrier as i :
                        if i == 1:
                            raise RuntimeError
                    async with barrier:
                        x()
                """);
    }

    @Test
    void smallFunctionsHaveCPythonsPositions(@TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : POSITION_CASES.entrySet()) {
            Path f = dir.resolve(e.getKey() + ".py");
            Files.writeString(f, e.getValue());
            files.add(f.toString());
        }
        List<String> cmd = new ArrayList<>(List.of(CPythonOracle.python(), "tools/dis_oracle.py", "--pos"));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        StringBuilder actual = new StringBuilder();
        for (String f : files) {
            actual.append("== ").append(f).append('\n').append(DumpTool.positionsFile(f));
        }
        assertEquals(expected, actual.toString());
    }

    @Test
    void smallFunctionsHaveCPythonsShapes(@TempDir Path dir) throws Exception {
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : CASES.entrySet()) {
            Path f = dir.resolve(e.getKey() + ".py");
            Files.writeString(f, e.getValue());
            files.add(f.toString());
        }
        List<String> cmd = new ArrayList<>(List.of(CPythonOracle.python(), "tools/dis_oracle.py"));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        StringBuilder actual = new StringBuilder();
        for (String f : files) {
            actual.append("== ").append(f).append('\n').append(DumpTool.disFile(f));
            PyCode code = Compiler.compileFile(Files.readAllBytes(Path.of(f)), f);
            CodeVerifier.verifyAll(code);
        }
        assertEquals(expected, actual.toString());
    }
}
