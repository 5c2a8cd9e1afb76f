package pyj.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;
import pyj.cli.DumpTool;
import pyj.code.CodeConstants;
import pyj.code.CodeCorpus;
import pyj.code.Disassembler;
import pyj.code.PyCode;
import pyj.parse.PySyntaxError;

/**
 * The compiler's yardstick: every .py file of CPython 3.11's Lib (site-packages excluded) is
 * compiled by pyj and by CPython (tools/code_corpus.py, run live), every pyj code object goes
 * through {@link CodeVerifier}, and each code object is compared with CPython's, in this order
 * (the first difference names the file's category): dis text, co_consts, co_names, localsplus,
 * co_flags, co_stacksize, co_linetable, co_exceptiontable. Frozensets are compared as sets (their
 * order follows CPython's hashing). Files CPython cannot compile must fail in pyj with the same
 * message.
 *
 * <p>Every file must compile and verify. A file that differs must be listed in
 * {@code compiler-parity-known-failures.txt}, a list that only shrinks; the test prints entries
 * that pass now. Report: {@code target/compiler-parity-report.txt}; the number to watch is the
 * count of identical files.
 */
class CompilerParityTest {
    private static final Path KNOWN = Path.of("src/test/resources/pyj/compile/compiler-parity-known-failures.txt");

    @Test
    void everyLibFileCompilesVerifiesAndMatchesCPython() throws Exception {
        Path lib = CPythonOracle.stdlib();
        List<Path> files = CPythonOracle.libFiles().stream().map(Path::of).toList();
        Set<String> known = CPythonOracle.knownFailures(CompilerParityTest.class, "compiler-parity-known-failures.txt");
        Map<String, String> category = new TreeMap<>();
        Map<String, Integer> categoryCounts = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> compiledByCPython = new LinkedHashSet<>();
        int identical = 0;
        int codes = 0;
        ProcessBuilder pb = new ProcessBuilder(CPythonOracle.python(), "tools/code_corpus.py", "--disrec", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONHASHSEED", "0");
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            CodeCorpus corpus = new CodeCorpus(r);
            for (CodeCorpus.SourceFile f; (f = corpus.next()) != null; ) {
                compiledByCPython.add(f.path());
                String rel = lib.relativize(Path.of(f.path())).toString();
                PyCode module;
                try {
                    module = Compiler.compileFile(Files.readAllBytes(Path.of(f.path())), f.path());
                } catch (PySyntaxError e) {
                    problems.add(rel + ": pyj raises " + e.header() + " (line " + e.lineno + ")");
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    problems.add(rel + ": pyj internal error " + e);
                    continue;
                }
                try {
                    CodeVerifier.verifyAll(module);
                } catch (CodeVerifier.VerifyError e) {
                    problems.add(rel + ": verifier: " + e.getMessage());
                }
                List<PyCode> ours = CodeVerifier.postOrder(module);
                codes += ours.size();
                String cat = compare(ours, f.items());
                if (cat == null) {
                    identical++;
                } else {
                    category.put(rel, cat);
                    categoryCounts.merge(cat.substring(0, cat.indexOf(':')), 1, Integer::sum);
                }
            }
        }
        assertEquals(0, p.waitFor(), "tools/code_corpus.py failed");
        // Files CPython cannot compile: pyj must fail with the same message.
        List<String> rejected = new ArrayList<>();
        for (Path f : files) {
            if (!compiledByCPython.contains(f.toString())) {
                rejected.add(f.toString());
            }
        }
        Map<String, String> expected = cpythonErrors(rejected);
        for (String f : rejected) {
            String ours = DumpTool.disFile(f).strip();
            if (!ours.equals(expected.get(f))) {
                problems.add(lib.relativize(Path.of(f)) + ": CPython says " + expected.get(f) + ", pyj " + ours);
            }
        }
        List<String> unexpected = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        for (Map.Entry<String, String> e : category.entrySet()) {
            if (!known.contains(e.getKey())) {
                unexpected.add(e.getKey() + ": " + e.getValue());
            }
        }
        for (String k : known) {
            if (!category.containsKey(k)) {
                nowPassing.add(k);
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("files: ").append(files.size()).append(", compiled by CPython: ").append(compiledByCPython.size())
                .append(", code objects compared: ").append(codes).append('\n');
        report.append("identical: ").append(identical).append(", differing: ").append(category.size())
                .append(", compile/verify problems: ").append(problems.size()).append('\n');
        report.append("differing files by first difference: ").append(categoryCounts).append("\n\n");
        for (String s : problems) {
            report.append("PROBLEM ").append(s).append('\n');
        }
        category.forEach((k, v) -> report.append(k).append(": ").append(v).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/compiler-parity-report.txt"), report.toString());
        System.out.println("compiler parity: " + identical + " of " + compiledByCPython.size()
                + " files identical to CPython; categories " + categoryCounts
                + "; report in target/compiler-parity-report.txt");
        if (!nowPassing.isEmpty()) {
            System.out.println("known failures that pass now (remove them from " + KNOWN + "): " + nowPassing);
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " files do not compile or verify:\n" + String.join("\n", problems));
        }
        assertTrue(unexpected.isEmpty(), unexpected.size() + " files differ from CPython and are not known failures:\n"
                + String.join("\n", unexpected.subList(0, Math.min(50, unexpected.size()))));
    }

    /** tools/dis_oracle.py's one-line error for each file. */
    private static Map<String, String> cpythonErrors(List<String> files) throws IOException, InterruptedException {
        Map<String, String> out = new HashMap<>();
        if (files.isEmpty()) {
            return out;
        }
        Process p = new ProcessBuilder(CPythonOracle.python(), "tools/dis_oracle.py", "-")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().write(String.join("\n", files).getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String cur = null;
        StringBuilder sb = new StringBuilder();
        try (InputStream in = p.getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("== ")) {
                    if (cur != null) {
                        out.put(cur, sb.toString().strip());
                    }
                    cur = line.substring(3);
                    sb.setLength(0);
                } else {
                    sb.append(line).append('\n');
                }
            }
        }
        if (cur != null) {
            out.put(cur, sb.toString().strip());
        }
        assertEquals(0, p.waitFor());
        return out;
    }

    /** null if every code object matches, else "category: qualname ..." for the first difference. */
    static String compare(List<PyCode> ours, List<CodeCorpus.Item> theirs) {
        if (ours.size() != theirs.size()) {
            return "code objects: pyj " + ours.size() + ", CPython " + theirs.size();
        }
        for (int i = 0; i < ours.size(); i++) {
            PyCode a = alignFrozensets(ours.get(i), theirs.get(i).code());
            PyCode b = theirs.get(i).code();
            CodeCorpus.Item item = theirs.get(i);
            String where = " in " + b.qualname() + " (line " + b.firstlineno() + ")";
            if (!DumpTool.normalizeAddresses(Disassembler.disassemble(a))
                    .equals(DumpTool.normalizeAddresses(item.dis()))) {
                return "dis:" + where;
            }
            if (!constsEqual(a.consts(), b.consts())) {
                return "co_consts:" + where;
            }
            if (!a.names().equals(b.names())) {
                return "co_names:" + where;
            }
            if (!a.localsPlusNames().equals(b.localsPlusNames())
                    || !java.util.Arrays.equals(a.localsPlusKinds(), b.localsPlusKinds())) {
                return "localsplus:" + where;
            }
            if (a.flags() != b.flags()) {
                return "co_flags:" + where;
            }
            if (a.stacksize() != b.stacksize()) {
                return "co_stacksize:" + where + " pyj " + a.stacksize() + ", CPython " + b.stacksize();
            }
            if (!java.util.Arrays.equals(a.linetable(), b.linetable())) {
                return "co_linetable:" + where;
            }
            if (!java.util.Arrays.equals(a.exceptiontable(), b.exceptiontable())) {
                return "co_exceptiontable:" + where;
            }
        }
        return null;
    }

    private static boolean constsEqual(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x instanceof PyCode cx) {
                if (!(y instanceof PyCode cy) || !cx.qualname().equals(cy.qualname())) {
                    return false;
                }
            } else if (!ConstKey.ofValue(x).equals(ConstKey.ofValue(y))) {
                return false;
            }
        }
        return true;
    }

    /** pyj's code with each frozenset constant in CPython's order when both hold the same set. */
    private static PyCode alignFrozensets(PyCode ours, PyCode theirs) {
        List<Object> consts = new ArrayList<>(ours.consts());
        boolean changed = false;
        for (int i = 0; i < consts.size() && i < theirs.consts().size(); i++) {
            Object t = align(consts.get(i), theirs.consts().get(i));
            if (t != consts.get(i)) {
                consts.set(i, t);
                changed = true;
            }
        }
        if (!changed) {
            return ours;
        }
        return new PyCode(ours.argcount(), ours.posonlyargcount(), ours.kwonlyargcount(), ours.stacksize(),
                ours.flags(), ours.code(), consts, ours.names(), ours.localsPlusNames(), ours.localsPlusKinds(),
                ours.filename(), ours.name(), ours.qualname(), ours.firstlineno(), ours.linetable(),
                ours.exceptiontable());
    }

    private static Object align(Object ours, Object theirs) {
        if (ours instanceof CodeConstants.FrozenSet && theirs instanceof CodeConstants.FrozenSet
                && ConstKey.ofValue(ours).equals(ConstKey.ofValue(theirs))) {
            return theirs;
        }
        if (ours instanceof CodeConstants.Tuple a && theirs instanceof CodeConstants.Tuple b
                && a.items().size() == b.items().size()) {
            List<Object> items = new ArrayList<>();
            boolean changed = false;
            for (int i = 0; i < a.items().size(); i++) {
                Object x = align(a.items().get(i), b.items().get(i));
                changed |= x != a.items().get(i);
                items.add(x);
            }
            return changed ? new CodeConstants.Tuple(items) : ours;
        }
        return ours;
    }
}
