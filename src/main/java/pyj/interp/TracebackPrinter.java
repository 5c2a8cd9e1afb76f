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
import pyj.objects.PyBaseException;
import pyj.objects.PyException;
import pyj.objects.PyStr;
import pyj.objects.PyType;

/**
 * CPython 3.11's default excepthook text: chained exceptions first, each as "Traceback (most
 * recent call last):", one File/line/name entry per traceback entry with the stripped source line,
 * then "Type: message". The {@code ^^^^} position markers of 3.11 are not printed yet.
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
                    sb.append("    ").append(src.strip()).append('\n');
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
        sb.append(name);
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        sb.append('\n');
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
