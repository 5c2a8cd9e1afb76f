package pyj.objects;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * str.encode / bytes.decode for the codecs that do not need the codecs module: utf-8, ascii and
 * latin-1, with the error handlers strict, ignore, replace, backslashreplace, surrogateescape
 * and xmlcharrefreplace (encoding), as CPython's fast paths behave. Other encodings raise
 * LookupError naming them.
 */
final class Codecs {
    private Codecs() {}

    static final int UTF8 = 0;
    static final int ASCII = 1;
    static final int LATIN1 = 2;

    static int lookup(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (e) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> UTF8;
            case "ascii", "us_ascii", "646", "us" -> ASCII;
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "l1", "8859", "cp819", "latin", "iso_ir_100" -> LATIN1;
            default -> throw Exc.lookupError("unknown encoding: " + encoding);
        };
    }

    private static final String[] NAMES = {"utf-8", "ascii", "latin-1"};

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace",
                    "surrogatepass", "namereplace" -> {
            }
            default -> throw Exc.lookupError("unknown error handler name '" + errors + "'");
        }
    }

    static byte[] encode(String s, String encoding, String errors) {
        int codec = lookup(encoding);
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        int limit = codec == ASCII ? 0x80 : codec == LATIN1 ? 0x100 : 0x110000;
        for (int i = 0; i < cps.length; ) {
            int c = cps[i];
            boolean bad = c >= limit || (codec == UTF8 && c >= 0xd800 && c < 0xe000);
            if (!bad) {
                put(out, c, codec);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (cps[end] >= limit || (codec == UTF8 && cps[end] >= 0xd800 && cps[end] < 0xe000))) {
                end++;
            }
            String reason = codec == UTF8 ? "surrogates not allowed"
                    : "ordinal not in range(" + limit + ")";
            checkHandler(errors);
            switch (errors) {
                case "ignore" -> {
                }
                case "replace" -> {
                    for (int k = i; k < end; k++) {
                        out.write('?');
                    }
                }
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        out.writeBytes(escape(cps[k]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                }
                case "xmlcharrefreplace" -> {
                    if (codec == UTF8) {
                        throw encodeError(codec, s, i, end, reason);
                    }
                    for (int k = i; k < end; k++) {
                        out.writeBytes(("&#" + cps[k] + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                            throw encodeError(codec, s, k, k + 1, reason);
                        }
                        out.write(cps[k] - 0xdc00);
                    }
                }
                case "surrogatepass" -> {
                    if (codec != UTF8) {
                        throw encodeError(codec, s, i, end, reason);
                    }
                    for (int k = i; k < end; k++) {
                        if (cps[k] < 0xd800 || cps[k] >= 0xe000) {
                            throw encodeError(codec, s, k, k + 1, reason);
                        }
                        put(out, cps[k], UTF8);
                    }
                }
                default -> throw encodeError(codec, s, i, end, reason);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static String escape(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    private static void put(ByteArrayOutputStream out, int c, int codec) {
        if (codec != UTF8 || c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | c >> 6);
            out.write(0x80 | c & 0x3f);
        } else if (c < 0x10000) {
            out.write(0xe0 | c >> 12);
            out.write(0x80 | (c >> 6) & 0x3f);
            out.write(0x80 | c & 0x3f);
        } else {
            out.write(0xf0 | c >> 18);
            out.write(0x80 | (c >> 12) & 0x3f);
            out.write(0x80 | (c >> 6) & 0x3f);
            out.write(0x80 | c & 0x3f);
        }
    }

    private static PyException encodeError(int codec, String s, int start, int end, String reason) {
        return new PyException(new PyBaseException(Exc.UnicodeEncodeError, PyStr.of(NAMES[codec]), PyStr.of(s),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
    }

    private static PyException decodeError(int codec, byte[] b, int start, int end, String reason) {
        return new PyException(new PyBaseException(Exc.UnicodeDecodeError, PyStr.of(NAMES[codec]), PyBytes.of(b),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
    }

    static String decode(byte[] b, String encoding, String errors) {
        int codec = lookup(encoding);
        StringBuilder sb = new StringBuilder(b.length);
        int n = b.length;
        for (int i = 0; i < n; ) {
            int c = b[i] & 0xff;
            if (c < 0x80 || codec == LATIN1) {
                sb.append((char) c);
                i++;
                continue;
            }
            if (codec == UTF8 && c == 0xed && errors.equals("surrogatepass") && i + 2 < n
                    && (b[i + 1] & 0xe0) == 0xa0 && (b[i + 2] & 0xc0) == 0x80) {
                sb.append((char) (0xd000 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f)); // a lone surrogate
                i += 3;
                continue;
            }
            int end;
            String reason;
            if (codec == ASCII) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int need;
                int lo = 0x80;
                int hi = 0xbf;
                if (c >= 0xc2 && c <= 0xdf) {
                    need = 1;
                } else if (c >= 0xe0 && c <= 0xef) {
                    need = 2;
                    lo = c == 0xe0 ? 0xa0 : 0x80;
                    hi = c == 0xed ? 0x9f : 0xbf;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3;
                    lo = c == 0xf0 ? 0x90 : 0x80;
                    hi = c == 0xf4 ? 0x8f : 0xbf;
                } else {
                    need = -1;
                }
                if (need < 0) {
                    end = i + 1;
                    reason = "invalid start byte";
                } else {
                    int k = 1;
                    boolean ok = true;
                    while (k <= need) {
                        if (i + k >= n) {
                            break;
                        }
                        int cc = b[i + k] & 0xff;
                        if (k == 1 ? cc < lo || cc > hi : cc < 0x80 || cc > 0xbf) {
                            ok = false;
                            break;
                        }
                        k++;
                    }
                    if (ok && k > need) {
                        int cp = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                        for (int j = 1; j <= need; j++) {
                            cp = cp << 6 | b[i + j] & 0x3f;
                        }
                        sb.appendCodePoint(cp);
                        i += need + 1;
                        continue;
                    }
                    end = i + k;
                    reason = ok ? "unexpected end of data" : "invalid continuation byte";
                }
            }
            checkHandler(errors);
            switch (errors) {
                case "ignore" -> {
                }
                case "replace" -> sb.append('\ufffd');
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        sb.append(String.format("\\x%02x", b[k] & 0xff));
                    }
                }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        sb.append((char) (0xdc00 + (b[k] & 0xff)));
                    }
                }
                default -> throw decodeError(codec, b, i, end, reason);
            }
            i = end;
        }
        return sb.toString();
    }

    /** UnicodeEncodeError / UnicodeDecodeError str(). */
    static String errorText(boolean encode, PyObject enc, PyObject obj, long start, long end, PyObject reason) {
        String e = Abstract.str(enc).value();
        String r = Abstract.str(reason).value();
        if (encode) {
            if (end == start + 1 && obj instanceof PyStr s && start < s.length()) {
                return "'" + e + "' codec can't encode character '" + escape(s.codePointAt((int) start)) + "' in position "
                        + start + ": " + r;
            }
            return "'" + e + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + r;
        }
        if (end == start + 1 && obj instanceof PyBytes b && start < b.size()) {
            return "'" + e + "' codec can't decode byte 0x" + String.format("%02x", b.at((int) start)) + " in position "
                    + start + ": " + r;
        }
        return "'" + e + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + r;
    }
}
