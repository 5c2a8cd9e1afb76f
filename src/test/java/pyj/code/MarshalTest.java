package pyj.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;
import pyj.parse.ast.Constants;

/**
 * {@link Marshal} against CPython's own marshal output: every sampled Lib module's
 * {@code marshal.dumps(compile(...))} (tools/marshal_corpus.py) must read back as the same code
 * object that tools/code_corpus.py describes field by field ({@link PyCode#sameAs}, nested code
 * included), and survive pyj's writer and reader again. {@code -Dpyj.marshal.every=K} (default 4).
 */
class MarshalTest {
    private static List<String> run(String tool, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CPythonOracle.python(), tool));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONHASHSEED", "0");
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                lines.add(l);
            }
        }
        assertEquals(0, p.waitFor(), tool + " failed");
        return lines;
    }

    @Test
    void libModulesReadAsCodeCorpusDescribesThem() throws Exception {
        String every = System.getProperty("pyj.marshal.every", "4");
        Map<String, PyCode> expected = new HashMap<>();
        List<String> corpus = run("tools/code_corpus.py", "--every", every, "--disrec", "0");
        CodeCorpus cc = new CodeCorpus(new BufferedReader(new java.io.StringReader(String.join("\n", corpus))));
        for (CodeCorpus.SourceFile f; (f = cc.next()) != null; ) {
            expected.put(f.path(), f.items().get(f.items().size() - 1).code());
        }
        int n = 0;
        List<String> bad = new ArrayList<>();
        for (String line : run("tools/marshal_corpus.py", "--every", every)) {
            int sp = line.indexOf(' ');
            String path = CodeCorpus.decodeStr(line.substring(0, sp)).toString();
            PyCode code = Marshal.readCode(HexFormat.of().parseHex(line, sp + 1, line.length()));
            PyCode want = expected.get(path);
            if (want == null || !normal(code).sameAs(normal(want))) {
                bad.add(path + (want == null ? "" : ": " + difference(code, want)));
            }
            if (!Marshal.readCode(Marshal.write(code)).sameAs(code)) {
                bad.add("rewrite " + path);
            }
            n++;
        }
        assertTrue(bad.isEmpty(), bad.size() + " differ, e.g. " + bad.subList(0, Math.min(5, bad.size())));
        assertEquals(expected.size(), n);
        assertTrue(n > 300 / Integer.parseInt(every), "files: " + n);
    }

    /**
     * CPython 3.11's marshal writes a frozenset's items sorted by their marshalled bytes (for
     * reproducible .pyc files), not in iteration order: compare frozensets as sets.
     */
    private static PyCode normal(PyCode c) {
        List<Object> consts = new ArrayList<>();
        for (Object o : c.consts()) {
            consts.add(normalConst(o));
        }
        return new PyCode(c.argcount(), c.posonlyargcount(), c.kwonlyargcount(), c.stacksize(), c.flags(), c.code(),
                consts, c.names(), c.localsPlusNames(), c.localsPlusKinds(), c.filename(), c.name(), c.qualname(),
                c.firstlineno(), c.linetable(), c.exceptiontable());
    }

    private static Object normalConst(Object o) {
        return switch (o) {
            case PyCode c -> normal(c);
            case CodeConstants.Tuple t -> new CodeConstants.Tuple(t.items().stream().map(MarshalTest::normalConst).toList());
            case CodeConstants.FrozenSet f -> new CodeConstants.FrozenSet(f.items().stream().map(MarshalTest::normalConst)
                    .sorted(java.util.Comparator.comparing(x -> x.getClass().getName() + x)).toList());
            default -> o;
        };
    }

    /** Where two code objects differ first (for the failure message). */
    private static String difference(PyCode a, PyCode b) {
        if (a.consts().size() == b.consts().size()) {
            for (int i = 0; i < a.consts().size(); i++) {
                Object x = a.consts().get(i);
                Object y = b.consts().get(i);
                if (x instanceof PyCode cx && y instanceof PyCode cy) {
                    if (!cx.sameAs(cy)) {
                        return cx.qualname() + ": " + difference(cx, cy);
                    }
                } else if (!x.equals(y)) {
                    return "const " + i + ": " + x + " vs " + y;
                }
            }
        }
        return a.qualname() + " fields";
    }

    @Test
    void scalarsAndRefs() {
        // marshal.dumps(-2**60): TYPE_LONG|FLAG_REF, five 15-bit digits.
        assertEquals(BigInteger.ONE.shiftLeft(60).negate(),
                Marshal.read(HexFormat.of().parseHex("ecfbffffff00000000000000000100")));
        // marshal.dumps(('a', 'a')): the second 'a' is a TYPE_REF to the first (ref index 1; the tuple is 0).
        assertEquals(new CodeConstants.Tuple(List.of("a", "a")), Marshal.read(HexFormat.of().parseHex("a902da01617201000000")));
        assertEquals(Constants.Singleton.NONE, Marshal.read(new byte[] {'N'}));
        assertEquals(new Constants.Imaginary(2.0), Marshal.read(Marshal.write(new Constants.Imaginary(2.0))));
        assertEquals(new BigInteger("-123456789012345678901234567890"),
                Marshal.read(Marshal.write(new BigInteger("-123456789012345678901234567890"))));
        assertEquals(new Constants.CodePointStr(new int[] {0xd800, 0xdc00}),
                Marshal.read(Marshal.write(new Constants.CodePointStr(new int[] {0xd800, 0xdc00}))));
    }
}
