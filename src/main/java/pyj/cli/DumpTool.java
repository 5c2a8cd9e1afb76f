package pyj.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pyj.code.Disassembler;
import pyj.code.LocationTable;
import pyj.code.Opcode;
import pyj.code.PyCode;
import pyj.compile.Compiler;
import pyj.parse.Parser;
import pyj.parse.PySyntaxError;
import pyj.parse.ast.AstDump;

/**
 * {@code pyj-dump ast FILE...}: the parity probe. For each file prints {@code == FILE} and the
 * one-line {@code ast.dump(..., include_attributes=True)} of its tree, or {@code SyntaxError: msg};
 * {@code tools/ast_oracle.py} prints the same under CPython. {@code pyj-dump dis FILE...} prints
 * {@code == FILE} and the {@code dis.dis} text of the compiled module (code-object addresses
 * written {@code 0x?}), as {@code tools/dis_oracle.py} does. A file name {@code -} reads the file
 * names from standard input, one per line.
 */
public final class DumpTool {
    private DumpTool() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || !(args[0].equals("ast") || args[0].equals("dis") || args[0].equals("pos"))) {
            System.err.println("usage: pyj-dump ast|dis|pos FILE...   (FILE '-' reads names from stdin)");
            System.exit(2);
        }
        boolean dis = args[0].equals("dis");
        boolean pos = args[0].equals("pos");
        List<String> names = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("-")) {
                names.addAll(new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            } else {
                names.add(args[i]);
            }
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (String name : names) {
            out.write("== ");
            out.write(name);
            out.write('\n');
            if (pos) {
                out.write(positionsFile(name));
            } else if (dis) {
                out.write(disFile(name));
            } else {
                out.write(dumpFile(name));
                out.write('\n');
            }
        }
        out.flush();
    }

    /** The dump line for one file (without the trailing newline). Never throws. */
    public static String dumpFile(String name) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(name));
        } catch (IOException e) {
            return "OSError: " + e.getMessage();
        }
        return dumpSource(source, name);
    }

    /** Code-object addresses in dis text, which differ between runs, as both sides print them. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(" at 0x[0-9a-f]+,");

    /** Replaces every code-object address with {@code 0x?}. */
    public static String normalizeAddresses(String dis) {
        return ADDRESS.matcher(dis).replaceAll(" at 0x?,");
    }

    /**
     * The {@code dis.dis(compile(source, FILE, 'exec'))} text of one file with addresses
     * normalised, or a {@code SyntaxError: msg} line. Never throws.
     */
    public static String disFile(String name) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(name));
        } catch (IOException e) {
            return "OSError: " + e.getMessage() + "\n";
        }
        try {
            return normalizeAddresses(Disassembler.dis(Compiler.compileFile(source, name)));
        } catch (PySyntaxError e) {
            return e.kind + ": " + e.msg + "\n";
        } catch (StackOverflowError e) {
            return "pyj internal error: java.lang.StackOverflowError\n";
        } catch (RuntimeException e) {
            return "pyj internal error: " + e + "\n";
        }
    }

    /**
     * Per code object (depth first, as nested in co_consts) a line {@code # qualname firstlineno},
     * then one line per instruction: byte offset, opcode name, and its co_positions() entry, as
     * {@code tools/dis_oracle.py --pos} prints them under CPython. Never throws.
     */
    public static String positionsFile(String name) {
        try {
            StringBuilder sb = new StringBuilder();
            positions(Compiler.compileFile(Files.readAllBytes(Path.of(name)), name), sb);
            return sb.toString();
        } catch (IOException e) {
            return "OSError: " + e.getMessage() + "\n";
        } catch (PySyntaxError e) {
            return e.kind + ": " + e.msg + "\n";
        } catch (RuntimeException | StackOverflowError e) {
            return "pyj internal error: " + e + "\n";
        }
    }

    private static void positions(PyCode code, StringBuilder sb) {
        sb.append("# ").append(code.qualname()).append(' ').append(code.firstlineno()).append('\n');
        List<LocationTable.Location> locs = code.positions();
        for (int u = 0; u < code.codeUnits(); u++) {
            Opcode op = Opcode.of(code.opcodeAt(u));
            if (op == Opcode.CACHE) {
                continue;
            }
            LocationTable.Location l = locs.get(u);
            sb.append(2 * u).append(' ').append(op.name()).append(" (").append(num(l.line())).append(", ")
                    .append(num(l.endLine())).append(", ").append(num(l.col())).append(", ")
                    .append(num(l.endCol())).append(")\n");
        }
        for (PyCode c : code.nestedCode()) {
            positions(c, sb);
        }
    }

    private static String num(int v) {
        return v < 0 ? "None" : Integer.toString(v);
    }

    /** The dump line for source bytes; a Java exception (a pyj bug) becomes a visible line. */
    public static String dumpSource(byte[] source, String name) {
        try {
            return AstDump.dump(Parser.parseFile(source, name));
        } catch (PySyntaxError e) {
            return e.kind + ": " + e.msg;
        } catch (StackOverflowError e) {
            return "pyj internal error: java.lang.StackOverflowError";
        } catch (RuntimeException e) {
            return "pyj internal error: " + e;
        }
    }
}
