package pyj.compile;

import java.util.ArrayList;
import java.util.List;
import pyj.parse.PySyntaxError;
import pyj.parse.ast.Ast;

/**
 * The canonical text of a symbol table, line for line what {@code tools/symtable_oracle.py}
 * prints from CPython's: a {@code block} line per block (depth first, children indented) and a
 * {@code sym} line per symbol sorted by name with its scope and DEF_* flags.
 */
public final class SymtableDump {
    private SymtableDump() {}

    private static final String[] FLAG_NAMES = {"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE",
        "DEF_FREE", "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER"};
    private static final String[] SCOPE_NAMES = {"-", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"};

    /**
     * {@code SymtableDump FILE...} prints what {@code python3 tools/symtable_oracle.py FILE...}
     * prints (for files CPython can parse), to compare the two by hand.
     */
    public static void main(String[] args) throws java.io.IOException {
        java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                false, java.nio.charset.StandardCharsets.UTF_8);
        for (String name : args) {
            List<String> lines;
            try {
                lines = dumpSource(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(name)), name);
            } catch (PySyntaxError e) {
                lines = List.of("!skip SyntaxError");
            }
            out.println("== " + name + " " + lines.size());
            lines.forEach(out::println);
        }
        out.flush();
    }

    /** Parse, collect futures, build: the oracle's lines for one source file. */
    public static List<String> dumpSource(byte[] source, String filename) {
        return dumpModule(pyj.parse.Parser.parseFile(source, filename), filename);
    }

    /** The oracle's lines for a parsed module: its table, or the SyntaxError building it raised. */
    public static List<String> dumpModule(Ast.Module mod, String filename) {
        try {
            return dump(Symtable.build(mod, filename, FutureFeatures.fromAst(mod, filename)));
        } catch (PySyntaxError e) {
            return List.of("!error " + e.kind + ": " + e.msg + " " + pos(e.lineno) + " " + pos(e.offset) + " "
                    + pos(e.endLineno) + " " + pos(e.endOffset));
        } catch (CompileRecursionError e) {
            return List.of("!error RecursionError: " + e.getMessage());
        }
    }

    private static String pos(int v) {
        return v == PySyntaxError.NONE ? "None" : Integer.toString(v);
    }

    public static List<String> dump(Symtable st) {
        List<String> lines = new ArrayList<>();
        dump(st.top(), "", lines);
        return lines;
    }

    private static void dump(SymtableEntry ste, String indent, List<String> lines) {
        StringBuilder sb = new StringBuilder(indent).append("block ")
                .append(ste.type().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(ste.name())
                .append(" line=").append(ste.lineno()).append(" nested=").append(ste.isNested() ? 1 : 0)
                .append(" varnames=[").append(String.join(",", ste.varnames())).append("] children=")
                .append(ste.children().size());
        lines.add(sb.toString());
        List<String> names = new ArrayList<>(ste.symbols().keySet());
        // Python sorts str by code point; String.compareTo sorts by UTF-16 unit.
        names.sort(SymtableDump::compareCodePoints);
        for (String name : names) {
            lines.add(indent + "  sym " + name + " " + describe(ste.flags(name)));
        }
        for (SymtableEntry child : ste.children()) {
            dump(child, indent + "  ", lines);
        }
    }

    /** {@code SCOPE FLAG|FLAG}, as the oracle describes raw flags. */
    public static String describe(int flags) {
        int scope = Symtable.scopeOf(flags);
        StringBuilder sb = new StringBuilder(scope < SCOPE_NAMES.length ? SCOPE_NAMES[scope] : "?" + scope);
        sb.append(' ');
        int n = 0;
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                sb.append(n++ > 0 ? "|" : "").append(FLAG_NAMES[i]);
            }
        }
        int rest = flags & ((1 << Symtable.SCOPE_OFFSET) - 1) & ~((1 << FLAG_NAMES.length) - 1);
        if (rest != 0) {
            sb.append(n++ > 0 ? "|" : "").append("0x").append(Integer.toHexString(rest));
        }
        if (n == 0) {
            sb.append('0');
        }
        return sb.toString();
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
