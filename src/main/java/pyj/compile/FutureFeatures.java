package pyj.compile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import pyj.parse.PySyntaxError;
import pyj.parse.ast.Ast;
import pyj.parse.ast.Constants;

/**
 * The {@code from __future__ import ...} features of a module, found as CPython 3.11's
 * {@code Python/future.c} finds them: only the leading run of future imports (after an optional
 * docstring) counts. The misplaced-future check that needs the whole module is the compiler's.
 *
 * @param flags  the CO_FUTURE_* bits that change compilation
 * @param lineno the line of the last future import, or -1
 */
public record FutureFeatures(int flags, int lineno) {

    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** No future features (e.g. for eval input). */
    public static final FutureFeatures NONE = new FutureFeatures(0, -1);

    /** {@code from __future__ import annotations} is in effect: annotations are not evaluated. */
    public boolean annotations() {
        return (flags & CO_FUTURE_ANNOTATIONS) != 0;
    }

    /**
     * Collect the features of a module, raising CPython's SyntaxErrors for unknown features,
     * {@code braces}, and a future import after another statement on the same line.
     */
    public static FutureFeatures fromAst(Ast.Mod mod, String filename) {
        List<Ast.Stmt> body = switch (mod) {
            case Ast.Module m -> m.body();
            case Ast.Interactive i -> i.body();
            default -> List.of();
        };
        int flags = 0;
        int lineno = -1;
        boolean done = false;
        int prevLine = 0;
        int i = hasDocString(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            Ast.Stmt s = body.get(i);
            // Statements on later lines are the compiler's to check.
            if (done && s.lineno() > prevLine) {
                break;
            }
            prevLine = s.lineno();
            if (s instanceof Ast.ImportFrom f && "__future__".equals(f.module())) {
                if (done) {
                    // CPython passes the 0-based column here, without the usual +1.
                    throw new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                            "from __future__ imports must occur at the beginning of the file", filename,
                            s.lineno(), s.colOffset(), null, s.lineno(), PySyntaxError.NONE);
                }
                flags |= checkFeatures(f, filename);
                lineno = s.lineno();
            } else {
                done = true;
            }
        }
        return new FutureFeatures(flags, lineno);
    }

    private static int checkFeatures(Ast.ImportFrom s, String filename) {
        int flags = 0;
        for (Ast.Alias a : s.names()) {
            switch (a.name()) {
                case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                        "print_function", "unicode_literals", "generator_stop" -> { }
                case "barry_as_FLUFL" -> flags |= CO_FUTURE_BARRY_AS_BDFL;
                case "annotations" -> flags |= CO_FUTURE_ANNOTATIONS;
                case "braces" -> throw error("not a chance", s, filename);
                default -> throw error("future feature " + truncateUtf8(a.name(), 100) + " is not defined",
                        s, filename);
            }
        }
        return flags;
    }

    private static PySyntaxError error(String msg, Ast.Stmt s, String filename) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, s.lineno(), s.colOffset() + 1,
                null, s.lineno(), PySyntaxError.NONE);
    }

    /** CPython formats the name with {@code %.100s}: at most 100 UTF-8 bytes, decoded with replacement. */
    private static String truncateUtf8(String s, int maxBytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return b.length <= maxBytes ? s : new String(b, 0, maxBytes, StandardCharsets.UTF_8);
    }

    static boolean hasDocString(List<Ast.Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant c
                && (c.value() instanceof String || c.value() instanceof Constants.CodePointStr);
    }
}
