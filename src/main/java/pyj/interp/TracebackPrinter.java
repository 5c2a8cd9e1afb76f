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

    /** One exception: its traceback (after header) and "Type: message" line, then its notes; each line after prefix. */
    private static void one(StringBuilder sb, PyBaseException exc, String prefix, String header) {
        if (exc.traceback instanceof PyTraceback tb) {
            sb.append(header);
            for (PyTraceback t = tb; t != null; t = t.next) {
                int line = t.lineno();
                sb.append(prefix).append("  File \"").append(t.frame.code.filename()).append("\", line ").append(line)
                        .append(", in ").append(t.frame.code.name()).append('\n');
                String src = sourceLine(t.frame.code.filename(), line);
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
        sb.append('\n');
        notes(sb, exc, prefix);
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
