package pyj.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of a source file into text the way CPython 3.11 does for
 * {@code compile(bytes, ...)} / {@code ast.parse(bytes)}: newlines translated, UTF-8 BOM, PEP 263
 * coding cookie on line 1 or 2.
 *
 * <p>UTF-8 input (no cookie, a BOM, or a utf-8 cookie) is <em>not</em> validated up front, as in
 * CPython, whose tokenizer works on raw bytes and only fails where a token that needs decoding
 * (an identifier, a string literal) contains bad bytes. We keep such bytes as lone surrogates
 * U+DC80..U+DCFF (Python's "surrogateescape" convention): each stands for one raw byte, counts
 * as one byte in columns, and {@link #toRawBytes} gives the original bytes back. Any other
 * declared encoding is decoded strictly up front and fails with CPython's codec message.
 */
public final class SourceDecoder {
    private SourceDecoder() {
    }

    /**
     * Decoded source text plus the encoding CPython's tokenizer records ({@code tok->encoding}):
     * null when the source neither starts with a BOM nor declares an encoding. It matters because
     * CPython converts parser error offsets from bytes to characters only when it is set.
     */
    public record Decoded(String text, String encoding) {
    }

    /** The text of a source file, as CPython would read it. */
    public static String decode(byte[] source, String filename) {
        return decodeSource(source, filename).text();
    }

    /** Decoding with the encoding information (see {@link Decoded}). */
    public static Decoded decodeSource(byte[] source, String filename) {
        for (byte b : source) {
            if (b == 0) {
                throw nullBytes(filename);
            }
        }
        return decodeScript(source, filename);
    }

    /**
     * Decoding of a script file run as a program: null bytes are left for the tokenizer, which
     * reports them only when it reaches their line (see {@link Tokenizer#forScript}).
     */
    public static Decoded decodeScript(byte[] source, String filename) {
        byte[] buf = translateNewlines(source);
        int start = 0;
        String encoding = null;
        if (buf.length >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB
                && (buf[2] & 0xff) == 0xBF) {
            start = 3;
            encoding = "utf-8";
        }
        String cookie = null;
        int nl1 = indexOf(buf, (byte) '\n', start);
        if (nl1 >= 0) {
            cookie = codingSpec(buf, start, nl1);
            if (cookie == null && isCommentOrBlank(buf, start, nl1)) {
                int nl2 = indexOf(buf, (byte) '\n', nl1 + 1);
                if (nl2 >= 0) {
                    // CPython hands line 2 over with its leading '\n'; harmless for the search.
                    cookie = codingSpec(buf, nl1 + 1, nl2);
                }
            }
        }
        String declared = null;
        if (cookie != null) {
            if (encoding != null) {
                if (!cookie.equals("utf-8")) {
                    throw noPosition("encoding problem: " + cookie + " with BOM", filename);
                }
            } else {
                encoding = cookie;
                if (!cookie.equals("utf-8")) {
                    declared = cookie;
                }
            }
        }
        String text = declared == null
                ? decodeUtf8Lenient(buf, start, buf.length)
                : decodeStrict(buf, start, declared, filename);
        return new Decoded(text, encoding);
    }

    /**
     * {@code \r\n} and lone {@code \r} become {@code \n}; a final newline is added if missing, and
     * (CPython quirk) also after a final {@code \r\n}.
     */
    static byte[] translateNewlines(byte[] s) {
        byte[] out = new byte[s.length + 1];
        int n = 0;
        boolean extra = false;
        for (int i = 0; i < s.length; i++) {
            byte c = s[i];
            if (c == '\r') {
                c = '\n';
                if (i + 1 < s.length && s[i + 1] == '\n') {
                    i++;
                    extra = i == s.length - 1;
                }
            }
            out[n++] = c;
        }
        if (extra || n == 0 || out[n - 1] != '\n') {
            out[n++] = '\n';
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static int indexOf(byte[] b, byte v, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** True if the line holds only whitespace before a comment or its end (CPython then looks at line 2). */
    private static boolean isCommentOrBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '#' || c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** PEP 263: the first "coding[:=]name" inside a comment that is alone on its line, normalised. */
    static String codingSpec(byte[] s, int from, int to) {
        int size = to - from;
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = s[from + i];
            if (c == '#') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return null;
            }
        }
        for (; i < size - 6; i++) {
            int t = from + i;
            if (s[t] != 'c' || s[t + 1] != 'o' || s[t + 2] != 'd' || s[t + 3] != 'i'
                    || s[t + 4] != 'n' || s[t + 5] != 'g') {
                continue;
            }
            t += 6;
            if (t >= s.length || (s[t] != ':' && s[t] != '=')) {
                continue;
            }
            do {
                t++;
            } while (t < s.length && (s[t] == ' ' || s[t] == '\t'));
            int begin = t;
            while (t < s.length && (isAlnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) {
                t++;
            }
            if (begin < t) {
                return normalName(new String(s, begin, t - begin, StandardCharsets.ISO_8859_1));
            }
        }
        return null;
    }

    private static boolean isAlnum(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** CPython's get_normal_name: only the utf-8 and latin-1 families are renamed (12 chars looked at). */
    static String normalName(String s) {
        String head = s.length() > 12 ? s.substring(0, 12) : s;
        String buf = head.toLowerCase(Locale.ROOT).replace('_', '-');
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-")
                || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** CPython raises this one before it has any position: every attribute is None. */
    static PySyntaxError nullBytes(String filename) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, "source code string cannot contain null bytes",
                filename, PySyntaxError.NONE, PySyntaxError.NONE, null, PySyntaxError.NONE, PySyntaxError.NONE);
    }

    private static PySyntaxError noPosition(String msg, String filename) {
        // CPython: lineno 0, offset -1, no text, no end position.
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, 0, -1, null,
                PySyntaxError.NONE, PySyntaxError.NONE);
    }

    // ---- UTF-8 with escaped bad bytes -------------------------------------------------------

    /**
     * Whether {@code s.charAt(i)} stands for a raw byte: a lone low surrogate U+DC80..U+DCFF (not
     * the second half of a surrogate pair).
     */
    public static boolean isEscapedByte(CharSequence s, int i) {
        char c = s.charAt(i);
        return c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    static String decodeUtf8Lenient(byte[] b, int from, int to) {
        StringBuilder sb = null;
        int i = from;
        // ASCII prefix fast path: most files are pure ASCII.
        while (i < to && b[i] >= 0) {
            i++;
        }
        if (i == to) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        sb = new StringBuilder(to - from);
        sb.append(new String(b, from, i - from, StandardCharsets.ISO_8859_1));
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int len = validSequence(b, i, to);
            if (len <= 0) {
                sb.append((char) (0xDC00 | c));
                i++;
                continue;
            }
            int cp = switch (len) {
                case 2 -> ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
                case 3 -> ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
                default -> ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6)
                        | (b[i + 3] & 0x3f);
            };
            sb.appendCodePoint(cp);
            i += len;
        }
        return sb.toString();
    }

    /**
     * Length of the valid UTF-8 sequence at {@code i}, or {@code -k} where k encodes Python's
     * error reason: -1 invalid start byte, -2 invalid continuation byte, -3 unexpected end of data.
     */
    private static int validSequence(byte[] b, int i, int to) {
        int c = b[i] & 0xff;
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c < 0x80) {
            return 1;
        } else if (c < 0xC2) {
            return -1;
        } else if (c < 0xE0) {
            need = 1;
        } else if (c < 0xF0) {
            need = 2;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c < 0xF5) {
            need = 3;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= to) {
                return -3;
            }
            int d = b[i + k] & 0xff;
            if (d < lo || d > hi) {
                return -2;
            }
            lo = 0x80;
            hi = 0xBF;
        }
        return need + 1;
    }

    /** The source bytes a piece of decoded UTF-8 text came from (escaped bytes restored). */
    public static byte[] toRawBytes(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && !isEscapedByte(s, j)) {
                j++;
            }
            byte[] part = s.substring(i, j).getBytes(StandardCharsets.UTF_8);
            out.write(part, 0, part.length);
            if (j < s.length()) {
                out.write(s.charAt(j) & 0xff);
                j++;
            }
            i = j;
        }
        return out.toByteArray();
    }

    /**
     * CPython's UnicodeDecodeError text for UTF-8 bytes, e.g. {@code 'utf-8' codec can't decode
     * byte 0xf6 in position 1: invalid start byte}; null if the bytes are valid.
     */
    public static String utf8Error(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int len = validSequence(b, i, b.length);
            if (len > 0) {
                i += len;
                continue;
            }
            String reason = switch (len) {
                case -1 -> "invalid start byte";
                case -2 -> "invalid continuation byte";
                default -> "unexpected end of data";
            };
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                    b[i] & 0xff, i, reason);
        }
        return null;
    }

    // ---- other declared encodings -------------------------------------------------------------

    /** Python codec names the JDK spells differently. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("latin1", "ISO-8859-1"), Map.entry("latin-1", "ISO-8859-1"),
            Map.entry("l1", "ISO-8859-1"), Map.entry("utf8", "UTF-8"),
            Map.entry("u8", "UTF-8"), Map.entry("utf", "UTF-8"), Map.entry("ascii", "US-ASCII"),
            Map.entry("us-ascii", "US-ASCII"), Map.entry("646", "US-ASCII"),
            Map.entry("mac-roman", "x-MacRoman"), Map.entry("macroman", "x-MacRoman"),
            Map.entry("euc-jp", "EUC-JP"), Map.entry("eucjp", "EUC-JP"),
            Map.entry("shift-jis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"),
            Map.entry("cp932", "windows-31j"), Map.entry("mbcs", "windows-1252"));

    /** Codecs that exist in Python but are not text encodings. */
    private static final java.util.Set<String> NOT_TEXT = java.util.Set.of("rot13", "rot-13",
            "base64", "base-64", "hex", "zlib", "bz2", "uu", "quopri", "base64-codec",
            "hex-codec", "zlib-codec", "bz2-codec", "uu-codec", "quopri-codec", "rot-13-codec");

    private static String decodeStrict(byte[] buf, int start, String enc, String filename) {
        String key = enc.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (NOT_TEXT.contains(key)) {
            throw noPosition("'" + enc + "' is not a text encoding; use codecs.decode() to handle"
                    + " arbitrary codecs", filename);
        }
        Charset cs = lookup(key);
        if (cs == null) {
            throw noPosition("unknown encoding: " + enc, filename);
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            // A cookie like "utf8" is not normalised to utf-8, so CPython decodes it strictly.
            String err = utf8Error(java.util.Arrays.copyOfRange(buf, start, buf.length));
            if (err != null) {
                throw noPosition(err, filename);
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(buf, start, buf.length - start);
        CharBuffer out = CharBuffer.allocate((int) ((buf.length - start) * (double) dec.maxCharsPerByte()) + 16);
        CoderResult r = dec.decode(in, out, true);
        if (r.isUnderflow()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int pos = in.position() - start;
            int bad = buf[in.position()] & 0xff;
            throw noPosition(codecError(cs, key, bad, pos), filename);
        }
        out.flip();
        return out.toString();
    }

    private static Charset lookup(String key) {
        String name = ALIASES.getOrDefault(key, key);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String codecError(Charset cs, String key, int bad, int pos) {
        if (cs.name().equals("US-ASCII")) {
            return String.format("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
                    bad, pos);
        }
        if (cs.newEncoder().maxBytesPerChar() == 1.0f) {
            return String.format("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>",
                    bad, pos);
        }
        return String.format("'%s' codec can't decode byte 0x%02x in position %d: illegal multibyte sequence",
                key.replace('-', '_'), bad, pos);
    }
}
