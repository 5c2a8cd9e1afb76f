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
import pyj.parse.Parser;
import pyj.parse.PySyntaxError;
import pyj.parse.ast.AstDump;

/**
 * {@code pyj-dump ast FILE...}: the parity probe. For each file prints {@code == FILE} and the
 * one-line {@code ast.dump(..., include_attributes=True)} of its tree, or {@code SyntaxError: msg};
 * {@code tools/ast_oracle.py} prints the same under CPython. A file name {@code -} reads the file
 * names from standard input, one per line.
 */
public final class DumpTool {
    private DumpTool() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || !args[0].equals("ast")) {
            System.err.println("usage: pyj-dump ast FILE...   (FILE '-' reads names from stdin)");
            System.exit(2);
        }
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
            out.write(dumpFile(name));
            out.write('\n');
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
