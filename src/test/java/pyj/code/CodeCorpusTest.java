package pyj.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;

/**
 * Differential test against CPython 3.11's own code objects: tools/code_corpus.py compiles the
 * .py files of CPython's Lib and prints each code object's fields and what CPython says about it;
 * every one is rebuilt as a {@link PyCode} and checked:
 * <ul>
 *   <li>the location table decodes to exactly co_positions() and co_lines(), and addr2line agrees;
 *   <li>re-encoding the decoded entries gives CPython's bytes;
 *   <li>the exception table round-trips;
 *   <li>{@link Disassembler} prints exactly dis.disassemble's text (dis.dis's for some modules);
 *   <li>{@link StackDepth}, driven by {@link Opcode#stackEffect}, gives co_stacksize;
 *   <li>{@link PyCode#of} lays localsplus out from varnames/cellvars/freevars as CPython did.
 * </ul>
 * A second run covers generated sources for what Lib lacks (tools/code_corpus.py --synthetic).
 * By default all of Lib (about 35 s on two cores: 1773 files, 78010 code objects);
 * {@code -Dpyj.codeCorpus.every=K} takes every K-th file instead, a deterministic sample.
 */
class CodeCorpusTest {
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+, file \"");

    /** Code-object reprs carry an address that differs per process: compare without it. */
    static String normalise(String dis) {
        return ADDRESS.matcher(dis).replaceAll(" at 0x?, file \"");
    }

    private final Map<String, List<String>> failures = new LinkedHashMap<>();
    private final Map<String, Integer> failureCounts = new LinkedHashMap<>();

    private void failure(String check, String message) {
        failureCounts.merge(check, 1, Integer::sum);
        List<String> l = failures.computeIfAbsent(check, k -> new ArrayList<>());
        if (l.size() < 3) {
            l.add(message);
        }
    }

    @Test
    void cpythonsCodeObjectsRoundTripAndDisassembleIdentically() throws Exception {
        String every = System.getProperty("pyj.codeCorpus.every", "1");
        Stats s = run("--every", every);
        System.out.println("code corpus (every " + every + " file of Lib): " + s);
        assertTrue(s.files > 1500 / Integer.parseInt(every) && s.codes > 10 * s.files, s.toString());
    }

    /** Generated sources for what Lib lacks: two EXTENDED_ARGs, PRINT_EXPR, eval mode, lines past 99999. */
    @Test
    void syntheticEdgeCases() throws Exception {
        Stats s = run("--synthetic");
        System.out.println("code corpus (synthetic): " + s);
        assertEquals(5, s.files);
    }

    /** What one run covered. */
    private static final class Stats {
        int files;
        int codes;
        long units;
        int entries;
        int handlers;
        int disLines;
        int recursive;
        int deadCodeDepths;

        @Override
        public String toString() {
            return files + " files, " + codes + " code objects, " + units + " code units, " + entries
                    + " location entries, " + handlers + " exception handlers, " + disLines + " dis lines, "
                    + recursive + " recursive dis texts, " + deadCodeDepths + " stack sizes that count unreachable code";
        }
    }

    private Stats run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CPythonOracle.python(), "tools/code_corpus.py"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONHASHSEED", "0");
        Process p = pb.start();
        Stats s = new Stats();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            CodeCorpus corpus = new CodeCorpus(r);
            for (CodeCorpus.SourceFile f; (f = corpus.next()) != null; ) {
                s.files++;
                for (CodeCorpus.Item item : f.items()) {
                    check(f, item, s);
                }
            }
        }
        assertEquals(0, p.waitFor(), "tools/code_corpus.py failed");
        if (!failureCounts.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            failureCounts.forEach((k, n) -> sb.append(k).append(": ").append(n).append(" failures, e.g.\n")
                    .append(String.join("\n---\n", failures.get(k))).append("\n\n"));
            org.junit.jupiter.api.Assertions.fail(sb.toString());
        }
        return s;
    }

    private void check(CodeCorpus.SourceFile f, CodeCorpus.Item item, Stats s) {
        s.codes++;
        PyCode code = item.code();
        String where = f.path() + ": " + code.qualname() + " line " + code.firstlineno();
        s.units += code.codeUnits();
        s.entries += checkLocations(item, where);
        s.handlers += checkExceptionTable(code, where);
        // types.CodeType's way of laying out localsplus from varnames, cellvars and freevars.
        PyCode rebuilt = PyCode.of(code.argcount(), code.posonlyargcount(), code.kwonlyargcount(), code.stacksize(),
                code.flags(), code.code(), code.consts(), code.names(), code.varnames(), code.filename(), code.name(),
                code.qualname(), code.firstlineno(), code.linetable(), code.exceptiontable(), code.freevars(),
                code.cellvars());
        if (!rebuilt.sameAs(code)) {
            failure("localsplus from varnames", where + ": " + code.localsPlusNames());
        }
        String expected = normalise(item.dis());
        String actual = normalise(Disassembler.disassemble(code));
        if (!expected.equals(actual)) {
            failure("dis", where + "\n" + firstDifference(expected, actual));
        }
        s.disLines += (int) expected.lines().count();
        if (item.disRecursive() != null) {
            s.recursive++;
            String exp = normalise(item.disRecursive());
            String act = normalise(Disassembler.dis(code));
            if (!exp.equals(act)) {
                failure("dis recursive", where + "\n" + firstDifference(exp, act));
            }
        }
        try {
            StackDepth.Result sd = StackDepth.analyse(code);
            if (sd.maxDepth() < code.stacksize() && sd.unreachableUnits() > 0) {
                s.deadCodeDepths++; // CPython counted code no path reaches: see StackDepth.Result
            } else if (sd.maxDepth() != code.stacksize()) {
                failure("stack depth", where + ": computed " + sd.maxDepth() + ", co_stacksize " + code.stacksize());
            }
        } catch (IllegalArgumentException e) {
            failure("stack depth", where + ": " + e.getMessage());
        }
    }

    private int checkLocations(CodeCorpus.Item item, String where) {
        PyCode code = item.code();
        byte[] table = code.linetable();
        List<LocationTable.Location> positions = code.positions();
        if (!positions.equals(item.positions())) {
            failure("co_positions", where + "\nexpected " + item.positions() + "\nactual   " + positions);
        }
        if (positions.size() != code.codeUnits()) {
            failure("co_positions length", where + ": " + positions.size() + " for " + code.codeUnits() + " units");
        }
        List<LocationTable.LineRange> lines = code.lines();
        if (!lines.equals(item.lines())) {
            failure("co_lines", where + "\nexpected " + item.lines() + "\nactual   " + lines);
        }
        // addr2line scans the table from the start: sample the ranges of huge code objects.
        int step = Math.max(1, item.lines().size() / 500);
        for (int i = 0; i < item.lines().size(); i += step) {
            LocationTable.LineRange range = item.lines().get(i);
            for (int off = range.start(); off < range.end(); off += 2) {
                if (code.addr2line(off) != range.line()) {
                    failure("addr2line", where + " offset " + off + ": " + code.addr2line(off) + " != " + range.line());
                }
            }
        }
        List<LocationTable.Entry> decoded = LocationTable.decode(table, code.firstlineno());
        byte[] again = LocationTable.encode(code.firstlineno(), decoded);
        if (!java.util.Arrays.equals(table, again)) {
            failure("linetable re-encoding", where);
        }
        return decoded.size();
    }

    private int checkExceptionTable(PyCode code, String where) {
        byte[] t = code.exceptiontable();
        List<ExceptionTable.Entry> e = ExceptionTable.decode(t);
        if (!java.util.Arrays.equals(t, ExceptionTable.encode(e))) {
            failure("exception table", where);
        }
        return e.size();
    }

    static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\nexpected: " + x + "\nactual:   " + y;
            }
        }
        return "(equal)";
    }

    /** The encoder's choice of form, on hand-made positions, against the bytes CPython wrote for them. */
    @Test
    void encoderChoosesCPythonsForms() {
        // x=1+2 / if x: / y=[a.b for a in c]: the module's table as CPython 3.11 built it (RESUME on line 0).
        byte[] table = java.util.HexFormat.of().parseHex(
                "f003010101d802058001d80304f000010115d80414d004149021d00414d10414d40414802180218021f003010115f000010115");
        List<LocationTable.Entry> entries = LocationTable.decode(table, 1);
        assertEquals(new LocationTable.Location(0, 1, 0, 0), entries.get(0).location());
        assertArrayEquals(table, LocationTable.encode(1, entries));
        // A 10-unit instruction takes two entries, as CPython splits at 8.
        byte[] split = LocationTable.encode(1, List.of(new LocationTable.Entry(10, new LocationTable.Location(1, 1, 4, 9))));
        assertEquals(List.of(new LocationTable.Entry(8, new LocationTable.Location(1, 1, 4, 9)),
                new LocationTable.Entry(2, new LocationTable.Location(1, 1, 4, 9))), LocationTable.decode(split, 1));
        assertEquals(4, split.length);
        // No location, no columns, a long form with a negative line delta.
        List<LocationTable.Entry> odd = List.of(new LocationTable.Entry(1, LocationTable.Location.NONE),
                new LocationTable.Entry(2, LocationTable.Location.ofLine(7)),
                new LocationTable.Entry(1, new LocationTable.Location(3, 5, 200, 1)),
                new LocationTable.Entry(1, new LocationTable.Location(4, 6, -1, -1)));
        assertEquals(odd, LocationTable.decode(LocationTable.encode(5, odd), 5));
        assertEquals(-1, LocationTable.addr2line(LocationTable.encode(5, odd), 5, 0));
        assertEquals(7, LocationTable.addr2line(LocationTable.encode(5, odd), 5, 2));
        assertEquals(-1, LocationTable.addr2line(LocationTable.encode(5, odd), 5, 100));
        assertEquals(5, LocationTable.addr2line(LocationTable.encode(5, odd), 5, -1));
    }
}
