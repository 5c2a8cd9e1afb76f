package pyj.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyj.code.LocationTable;
import pyj.objects.PyBaseException;
import pyj.objects.PyException;
import pyj.objects.PyObject;
import pyj.objects.PyStr;
import pyj.objects.PyType;
import pyj.objects.UnicodeTables;
import pyj.parse.Parser;
import pyj.parse.ast.Ast;

/**
 * CPython 3.11's default excepthook text: chained exceptions first, each as "Traceback (most
 * recent call last):", one File/line/name entry per traceback entry with the stripped source line,
 * then "Type: message". Under each source line go 3.11's position markers: {@code ^} under the
 * failing instruction's span, or for a binary operation / subscript on one line {@code ~} with
 * {@code ^} under the operator / the brackets (Python/traceback.c tb_displayline and
 * Lib/traceback.py _extract_caret_anchors_from_line_segment); none when they would cover the
 * whole line. Widths count wide East Asian characters twice, as _display_width does.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final Map<String, List<String>> SOURCES = new HashMap<>();

    public static String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        recursive(sb, new Ctx(), exc);
        return sb.toString();
    }

    /** The state of the C printer (pythonrun.c exception_print_context): group depth and the seen set. */
    private static final class Ctx {
        final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        String margin() {
            return indent() + (depth > 0 ? "| " : "");
        }
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private static void recursive(StringBuilder sb, Ctx ctx, PyBaseException exc) {
        ctx.seen.add(exc);
        if (exc.cause != null) {
            if (!ctx.seen.contains(exc.cause)) {
                chained(sb, ctx, exc.cause, "The above exception was the direct cause of the following exception:");
            }
        } else if (exc.context != null && !exc.suppressContext && !ctx.seen.contains(exc.context)) {
            chained(sb, ctx, exc.context, "During handling of the above exception, another exception occurred:");
        }
        if (exc.egExceptions == null) {
            one(sb, exc, ctx.margin(), ctx.margin() + "Traceback (most recent call last):\n");
        } else {
            group(sb, ctx, exc);
        }
    }

    private static void chained(StringBuilder sb, Ctx ctx, PyBaseException exc, String message) {
        recursive(sb, ctx, exc);
        String m = ctx.margin();
        sb.append(m).append('\n').append(m).append(message).append('\n').append(m).append('\n');
    }

    /** An exception group: its own traceback and line, then each member in a numbered box. */
    private static void group(StringBuilder sb, Ctx ctx, PyBaseException exc) {
        if (ctx.depth > MAX_GROUP_DEPTH) {
            sb.append(ctx.margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        boolean toplevel = ctx.depth == 0;
        if (toplevel) {
            ctx.depth++;
        }
        String header = ctx.indent() + (toplevel ? "+ " : "| ") + "Exception Group Traceback (most recent call last):\n";
        one(sb, exc, ctx.margin(), header);
        PyObject[] excs = exc.egExceptions.array();
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                // The closing line may be written by a nested group instead.
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                recursive(sb, ctx, (PyBaseException) excs[i]);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                sb.append(ctx.margin()).append("and ").append(remaining).append(" more exception")
                        .append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (toplevel) {
            ctx.depth = 0;
        }
    }

    private static final int TB_LIMIT = 1000;
    private static final int TB_RECURSIVE_CUTOFF = 3;

    private static void repeated(StringBuilder sb, String prefix, int cnt) {
        if (cnt > TB_RECURSIVE_CUTOFF) {
            int n = cnt - TB_RECURSIVE_CUTOFF;
            sb.append(prefix).append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /** One exception: its traceback (after header) and "Type: message" line, then its notes; each line after prefix. */
    private static void one(StringBuilder sb, PyBaseException exc, String prefix, String header) {
        if (exc.traceback instanceof PyTraceback tb) {
            sb.append(header);
            // tb_print_internal: the last 1000 entries (sys.tracebacklimit's default); a run of more than
            // three identical entries (file, line, name) prints three and a "repeated" line.
            int depth = 0;
            for (PyTraceback t = tb; t != null; t = t.next) {
                depth++;
            }
            PyTraceback start = tb;
            for (; depth > TB_LIMIT; depth--) {
                start = start.next;
            }
            String lastFile = null;
            String lastName = null;
            int lastLine = -1;
            int cnt = 0;
            for (PyTraceback t = start; t != null; t = t.next) {
                int line = t.lineno();
                String file = t.frame.code.filename();
                String fname = t.frame.code.name();
                if (lastFile == null || !file.equals(lastFile) || lastLine == -1 || line != lastLine || !fname.equals(lastName)) {
                    repeated(sb, prefix, cnt);
                    lastFile = file;
                    lastLine = line;
                    lastName = fname;
                    cnt = 0;
                }
                if (++cnt > TB_RECURSIVE_CUTOFF) {
                    continue;
                }
                sb.append(prefix).append("  File \"").append(file).append("\", line ").append(line)
                        .append(", in ").append(fname).append('\n');
                String src = sourceLine(file, line);
                if (src != null && !src.isBlank()) {
                    int lead = 0;
                    while (lead < src.length() && (src.charAt(lead) == ' ' || src.charAt(lead) == '\t'
                            || src.charAt(lead) == '\f')) {
                        lead++;
                    }
                    sb.append(prefix).append("    ").append(src, lead, src.length()).append('\n');
                    carets(sb, prefix, src, t);
                }
            }
            repeated(sb, prefix, cnt);
        }
        PyType t = exc.type();
        String name = t.qualname();
        Object mod = t.dict().get("__module__");
        if (mod instanceof PyStr m && !m.value().equals("builtins") && !m.value().equals("__main__")) {
            name = m.value() + "." + name;
        }
        String msg;
        // print_exception: a SyntaxError shows its own location and source line, then its msg.
        pyj.parse.PySyntaxError se = t.isSubtypeOf(pyj.objects.Exc.SyntaxError) ? SyntaxErrors.fromPython(exc) : null;
        if (se != null) {
            String located = pyj.cli.SyntaxErrorPrinter.format(se);
            sb.append(located, 0, located.lastIndexOf('\n', located.length() - 2) + 1);
            sb.append(name).append(": ").append(se.msg).append('\n');
            return;
        }
        try {
            msg = pyj.objects.Abstract.str(exc).value();
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        sb.append(prefix).append(name);
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        String suggestion = suggestion(exc);
        if (suggestion != null) {
            sb.append(". Did you mean: '").append(suggestion).append("'?");
        }
        sb.append('\n');
        notes(sb, exc, prefix);
    }

    // ---- Python/suggestions.c ----

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** _Py_Offer_Suggestions: a close name for a NameError or AttributeError, or null. */
    static String suggestion(PyBaseException exc) {
        try {
            PyObject name = exc.instanceAttr("name");
            if (!(name instanceof PyStr n) || name.type() != PyStr.TYPE) {
                return null;
            }
            if (exc.type().isSubtypeOf(pyj.objects.Exc.AttributeError)) {
                PyObject obj = exc.instanceAttr("obj");
                if (obj == null) {
                    return null;
                }
                // PyObject_Dir: __dir__'s result, sorted.
                pyj.objects.PyList dir = new pyj.objects.PyList(
                        pyj.objects.Abstract.toArray(pyj.objects.Abstract.callSpecial(obj, "__dir__")));
                pyj.objects.Abstract.callMethod(dir, "sort");
                return calculate(pyj.objects.Abstract.toArray(dir), n.value());
            }
            if (exc.type().isSubtypeOf(pyj.objects.Exc.NameError) && exc.traceback instanceof PyTraceback tb) {
                while (tb.next != null) {
                    tb = tb.next;
                }
                Frame f = tb.frame;
                java.util.List<PyObject> locals = new java.util.ArrayList<>();
                for (String v : f.code.varnames()) {
                    locals.add(PyStr.of(v));
                }
                String r = calculate(locals.toArray(new PyObject[0]), n.value());
                if (r == null) {
                    r = calculate(pyj.objects.Abstract.toArray(f.globals), n.value());
                }
                if (r == null && f.builtins != null) {
                    r = calculate(pyj.objects.Abstract.toArray(f.builtins), n.value());
                }
                return r;
            }
        } catch (PyException e) {
            // as CPython: a failing dir() just means no suggestion
        }
        return null;
    }

    private static String calculate(PyObject[] dir, String name) {
        if (dir.length >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nb = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int best = Integer.MAX_VALUE;
        String suggestion = null;
        for (PyObject item : dir) {
            if (!(item instanceof PyStr is)) {
                continue;
            }
            String cand = is.value();
            if (cand.equals(name)) {
                continue;
            }
            byte[] cb = cand.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int max = Math.min((nb.length + cb.length + 3) * MOVE_COST / 6, best - 1);
            int d = levenshtein(nb, cb, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = cand;
                best = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if ('A' <= a && a <= 'Z') {
            a += 'a' - 'A';
        }
        if ('A' <= b && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    private static int levenshtein(byte[] a0, byte[] b0, int maxCost) {
        int as = 0;
        int bs = 0;
        int an = a0.length;
        int bn = b0.length;
        while (an > 0 && bn > 0 && a0[as] == b0[bs]) {
            as++;
            bs++;
            an--;
            bn--;
        }
        while (an > 0 && bn > 0 && a0[as + an - 1] == b0[bs + bn - 1]) {
            an--;
            bn--;
        }
        if (an == 0 || bn == 0) {
            return (an + bn) * MOVE_COST;
        }
        if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0;
        byte[] b = b0;
        if (bn < an) {
            a = b0;
            b = a0;
            int t = as;
            as = bs;
            bs = t;
            t = an;
            an = bn;
            bn = t;
        }
        if ((bn - an) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[an];
        int tmp = MOVE_COST;
        for (int i = 0; i < an; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bn; bi++) {
            byte code = b[bs + bi];
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < an; i++) {
                int substitute = distance + substitutionCost(code, a[as + i]);
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    /** __notes__ (print_exception_notes): each note's lines after the margin, then a newline. */
    private static void notes(StringBuilder sb, PyBaseException exc, String prefix) {
        PyObject notes;
        try {
            notes = pyj.objects.Abstract.getAttrOrNull(exc, "__notes__");
        } catch (PyException e) {
            return;
        }
        if (notes == null) {
            return;
        }
        if (notes.type().lookup("__getitem__") == null || notes.type().isSubtypeOf(pyj.objects.PyDict.TYPE)) {
            String r;
            try {
                r = pyj.objects.Abstract.repr(notes).value();
            } catch (PyException e) {
                r = "<__notes__ repr() failed>";
            }
            sb.append(prefix).append(r).append('\n');
            return;
        }
        try {
            for (PyObject note : pyj.objects.Abstract.toArray(notes)) {
                String text;
                try {
                    text = pyj.objects.Abstract.str(note).value();
                } catch (PyException e) {
                    sb.append("<note str() failed>\n");
                    continue;
                }
                // str.splitlines(keepends=True) for the common line ends.
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\r\n]*(\r\n|\r|\n|$)").matcher(text);
                while (m.find() && m.end() > m.start()) {
                    sb.append(prefix).append(m.group());
                    if (m.end() == text.length()) {
                        break;
                    }
                }
                sb.append('\n');
            }
        } catch (PyException e) {
            // An unreadable __notes__ sequence prints nothing more.
        }
    }

    private static void carets(StringBuilder sb, String prefix, String src, PyTraceback t) {
        List<LocationTable.Location> pos = t.frame.code.positions();
        if (t.lasti < 0 || t.lasti >= pos.size()) {
            return;
        }
        LocationTable.Location loc = pos.get(t.lasti);
        if (loc.line() < 0 || loc.endLine() < 0 || loc.col() < 0 || loc.endCol() < 0) {
            return;
        }
        int[] cps = src.codePoints().toArray();
        int lead = 0;
        while (lead < cps.length && (cps[lead] == ' ' || cps[lead] == '\t' || cps[lead] == '\f')) {
            lead++;
        }
        int start = charOffset(src, loc.col());
        int end = charOffset(src, loc.endCol());
        int[] anchors = null;
        if (loc.line() == loc.endLine()) {
            if (start < end) {
                anchors = anchors(new String(cps, start, end - start));
            }
        } else {
            end = cps.length;
            while (end > 0 && Character.isWhitespace(cps[end - 1])) {
                end--;
            }
        }
        if (end - start == cps.length - lead && anchors == null) {
            return; // the markers would span the whole line
        }
        sb.append(prefix).append("    ").append(" ".repeat(width(cps, lead, start)));
        if (anchors != null) {
            int l = start + anchors[0];
            int r = start + anchors[1];
            sb.append("~".repeat(width(cps, start, l))).append("^".repeat(width(cps, l, r)))
                    .append("~".repeat(width(cps, r, end)));
        } else {
            sb.append("^".repeat(width(cps, start, end)));
        }
        sb.append('\n');
    }

    private static int width(int[] cps, int from, int to) {
        int w = 0;
        for (int i = Math.max(0, from); i < Math.min(to, cps.length); i++) {
            w += UnicodeTables.displayWidth(cps[i]);
        }
        return Math.max(0, w);
    }

    /** _PyPegen_byte_offset_to_character_offset: a UTF-8 column as a code point index. */
    private static int charOffset(String line, int col) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(col, b.length);
        return new String(b, 0, n, StandardCharsets.UTF_8).codePointCount(0, new String(b, 0, n, StandardCharsets.UTF_8).length());
    }

    /** The (left end, right start) code point offsets inside the segment, or null (no anchors). */
    static int[] anchors(String segment) {
        Ast.Mod mod;
        try {
            mod = Parser.parse(segment, "<string>", Parser.Mode.EXEC);
        } catch (RuntimeException e) { // a syntax error: no anchors, as traceback does
            return null;
        }
        if (!(mod instanceof Ast.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Ast.ExprStmt st)) {
            return null;
        }
        byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
        int left;
        int right;
        switch (st.value()) {
            case Ast.BinOp op -> {
                int opStart = op.left().endColOffset();
                int opEnd = op.right().colOffset();
                int off = 0;
                while (opStart + off < opEnd && isSpace(seg[opStart + off])) {
                    off++;
                }
                left = opStart + off;
                right = left + 1;
                if (off + 1 < opEnd - opStart && !isSpace(seg[left + 1])) {
                    right++;
                }
                while (left < seg.length && (isSpace(seg[left]) || seg[left] == ')' || seg[left] == '#')) {
                    left++;
                    right++;
                }
            }
            case Ast.Subscript sub -> {
                left = sub.value().endColOffset();
                right = sub.slice().endColOffset() + 1;
                while (left < seg.length && seg[left] != '[') {
                    left++;
                }
                while (right < seg.length && seg[right] != ']') {
                    right++;
                }
                if (right < seg.length) {
                    right++;
                }
            }
            default -> {
                return null;
            }
        }
        return new int[] {charOffset(segment, left), charOffset(segment, right)};
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0b;
    }

    private static String sourceLine(String filename, int line) {
        List<String> lines = SOURCES.computeIfAbsent(filename, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }
}
