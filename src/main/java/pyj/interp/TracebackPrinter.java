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
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        chain(sb, exc, seen);
        return sb.toString();
    }

    private static void chain(StringBuilder sb, PyBaseException exc, Set<PyBaseException> seen) {
        seen.add(exc);
        if (exc.cause != null && !seen.contains(exc.cause)) {
            chain(sb, exc.cause, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.contains(exc.context)) {
            chain(sb, exc.context, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        one(sb, exc);
    }

    private static void one(StringBuilder sb, PyBaseException exc) {
        if (exc.traceback instanceof PyTraceback tb) {
            sb.append("Traceback (most recent call last):\n");
            for (PyTraceback t = tb; t != null; t = t.next) {
                int line = t.lineno();
                sb.append("  File \"").append(t.frame.code.filename()).append("\", line ").append(line)
                        .append(", in ").append(t.frame.code.name()).append('\n');
                String src = sourceLine(t.frame.code.filename(), line);
                if (src != null && !src.isBlank()) {
                    int lead = 0;
                    while (lead < src.length() && (src.charAt(lead) == ' ' || src.charAt(lead) == '\t'
                            || src.charAt(lead) == '\f')) {
                        lead++;
                    }
                    sb.append("    ").append(src, lead, src.length()).append('\n');
                    carets(sb, src, t);
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
        try {
            msg = pyj.objects.Abstract.str(exc).value();
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        sb.append(name);
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        sb.append('\n');
    }

    private static void carets(StringBuilder sb, String src, PyTraceback t) {
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
        sb.append("    ").append(" ".repeat(width(cps, lead, start)));
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
