import java.nio.file.Files;
import java.nio.file.Path;
import pyj.parse.PySyntaxError;
import pyj.parse.SourceDecoder;
import pyj.parse.Token;
import pyj.parse.TokenKind;
import pyj.parse.Tokenizer;

/**
 * Cross-check harness: prints the NAME/NUMBER/STRING/OP tokens of each file named on stdin as
 * "kind line col endline endcol text" (keywords as NAME, operators as OP), in the format of
 * tools/pytokens.py, so that the two outputs can be diffed. Also times the tokenizer.
 * Run: java -cp target/classes tools/TokenDump.java [--quiet] < filelist
 */
public class TokenDump {
    public static void main(String[] args) throws Exception {
        boolean quiet = args.length > 0 && args[0].equals("--quiet");
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        var out = new java.io.PrintWriter(new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8)));
        long nanos = 0;
        long tokens = 0;
        for (String f; (f = in.readLine()) != null;) {
            byte[] bytes = Files.readAllBytes(Path.of(f));
            if (!quiet) {
                out.println("FILE " + f);
            }
            long t0 = System.nanoTime();
            try {
                Tokenizer tz = new Tokenizer(SourceDecoder.decodeSource(bytes, f), f);
                for (;;) {
                    Token t = tz.next();
                    tokens++;
                    if (t.kind() == TokenKind.ENDMARKER) {
                        break;
                    }
                    if (quiet) {
                        continue;
                    }
                    String k = switch (t.kind()) {
                        case NAME, NUMBER, STRING -> t.kind().name();
                        default -> t.kind().isKeyword() ? "NAME" : t.kind().isOperator() || t.kind() == TokenKind.OP ? "OP" : null;
                    };
                    if (k != null) {
                        out.println(k + " " + t.lineno() + " " + t.colOffset() + " " + t.endLineno() + " "
                                + t.endColOffset() + " " + t.text().replace("\\", "\\\\").replace("\n", "\\n"));
                    }
                }
            } catch (PySyntaxError e) {
                if (!quiet) {
                    out.println("ERROR " + e.kind + " " + e.msg + " " + e.lineno + " " + e.offset);
                }
            }
            nanos += System.nanoTime() - t0;
        }
        out.flush();
        System.err.printf("tokens=%d time=%.1f ms%n", tokens, nanos / 1e6);
    }
}
