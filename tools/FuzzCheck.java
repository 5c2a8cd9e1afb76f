import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.List;
import pyj.parse.PySyntaxError;
import pyj.parse.Token;
import pyj.parse.TokenKind;
import pyj.parse.Tokenizer;

/**
 * Replays tools/fuzz_tokenizer.py output (JSON lines on stdin) against the tokenizer. Minimal JSON
 * reading: the records are flat objects written by json.dumps.
 * Run: python3 tools/fuzz_tokenizer.py 1 20000 | java -cp target/classes tools/FuzzCheck.java
 */
public class FuzzCheck {
    static final List<String> TOKENIZER_MESSAGES = List.of("invalid decimal literal", "invalid hexadecimal literal",
            "invalid octal literal", "invalid binary literal", "invalid digit", "leading zeros",
            "invalid imaginary literal", "unterminated", "invalid character", "invalid non-printable",
            "closing parenthesis", "unmatched", "was never closed", "unexpected character after line continuation",
            "unexpected EOF while parsing", "unindent does not match", "inconsistent use of tabs",
            "too many", "(unicode error)");

    public static void main(String[] args) throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        int checked = 0, bad = 0, skipped = 0;
        for (String line; (line = in.readLine()) != null;) {
            var rec = Json.parse(line);
            String src = (String) rec.get("src");
            PySyntaxError err = null;
            try {
                Tokenizer tz = new Tokenizer(src, "<fuzz>");
                for (Token t = tz.next(); t.kind() != TokenKind.ENDMARKER; t = tz.next()) {
                }
            } catch (PySyntaxError e) {
                err = e;
            }
            String expect;
            if ((Boolean) rec.get("ok")) {
                expect = "OK";
            } else {
                String msg = (String) rec.get("msg");
                if (TOKENIZER_MESSAGES.stream().noneMatch(msg::startsWith)) {
                    skipped++;
                    continue;
                }
                expect = rec.get("kind") + "|" + msg + "|" + rec.get("lineno") + "|" + rec.get("offset") + "|"
                        + rec.get("text") + "|" + rec.get("end_lineno") + "|" + rec.get("end_offset");
            }
            String got = err == null ? "OK" : err.kind + "|" + err.msg + "|" + err.lineno + "|" + err.offset + "|"
                    + err.text + "|" + err.endLineno + "|" + err.endOffset;
            checked++;
            if (!got.equals(expect)) {
                bad++;
                if (bad <= 15) {
                    System.out.println("SRC " + Json.quote(src) + "\n  expected " + Json.quote(expect) + "\n  got      " + Json.quote(got));
                }
            }
        }
        System.out.println("checked=" + checked + " mismatches=" + bad + " skipped(parser errors)=" + skipped);
    }

    /** Just enough JSON for flat objects of strings, numbers, booleans and null. */
    static final class Json {
        static java.util.Map<String, Object> parse(String s) {
            var m = new java.util.HashMap<String, Object>();
            int[] i = {1};
            while (s.charAt(i[0]) != '}') {
                skipWs(s, i);
                String k = str(s, i);
                skipWs(s, i);
                i[0]++; // :
                skipWs(s, i);
                char c = s.charAt(i[0]);
                Object v;
                if (c == '"') {
                    v = str(s, i);
                } else {
                    int j = i[0];
                    while (",}".indexOf(s.charAt(j)) < 0) {
                        j++;
                    }
                    String lit = s.substring(i[0], j).trim();
                    i[0] = j;
                    v = switch (lit) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> Integer.valueOf(lit);
                    };
                }
                m.put(k, v);
                skipWs(s, i);
                if (s.charAt(i[0]) == ',') {
                    i[0]++;
                }
            }
            return m;
        }

        static void skipWs(String s, int[] i) {
            while (s.charAt(i[0]) == ' ') {
                i[0]++;
            }
        }

        static String str(String s, int[] i) {
            StringBuilder sb = new StringBuilder();
            i[0]++;
            for (;;) {
                char c = s.charAt(i[0]++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i[0]++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'f' -> sb.append('\f');
                        case 'b' -> sb.append('\b');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i[0], i[0] + 4), 16));
                            i[0] += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        static String quote(String s) {
            return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
                    .replace("\f", "\\f") + '"';
        }
    }
}
