package pyj.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import pyj.parse.ast.Constants;

/**
 * Reads the output of tools/code_corpus.py: CPython's code objects for one source file at a time,
 * rebuilt as {@link PyCode}, with what CPython said about each (positions, lines, dis text).
 */
public final class CodeCorpus {
    /** One code object and CPython's view of it. */
    public record Item(PyCode code, List<LocationTable.Location> positions, List<LocationTable.LineRange> lines,
            String dis, String disRecursive) {}

    /** A source file's code objects, nested ones before the code that holds them. */
    public record SourceFile(String path, List<Item> items) {}

    private final BufferedReader in;
    private String pending;

    public CodeCorpus(BufferedReader in) {
        this.in = in;
    }

    /** The next file, or null at the end. */
    public SourceFile next() throws IOException {
        String line = take();
        if (line == null) {
            return null;
        }
        if (!line.startsWith("file ")) {
            throw new IOException("expected a file line: " + line);
        }
        String path = decodeStr(line.substring(5)).toString();
        List<Item> items = new ArrayList<>();
        Map<Integer, PyCode> byId = new HashMap<>();
        while (peek() != null && !peek().startsWith("file ")) {
            int id = Integer.parseInt(value(take(), "code"));
            String[] hdr = fields(take(), "hdr");
            String name = decodeStr(value(take(), "name")).toString();
            String qualname = decodeStr(value(take(), "qualname")).toString();
            String filename = decodeStr(value(take(), "filename")).toString();
            byte[] bytecode = HexFormat.of().parseHex(value(take(), "bytecode"));
            byte[] linetable = HexFormat.of().parseHex(value(take(), "linetable"));
            byte[] exctable = HexFormat.of().parseHex(value(take(), "exctable"));
            String[] ctoks = fields(take(), "consts");
            List<Object> consts = new ArrayList<>();
            int[] pos = {0};
            while (pos[0] < ctoks.length) {
                consts.add(parseConst(ctoks, pos, byId));
            }
            List<String> names = new ArrayList<>();
            for (String s : fields(take(), "names")) {
                names.add(decodeStr(s).toString());
            }
            String[] lp = fields(take(), "localsplus");
            List<String> lpNames = new ArrayList<>();
            byte[] kinds = new byte[lp.length];
            for (int i = 0; i < lp.length; i++) {
                int colon = lp[i].lastIndexOf(':');
                lpNames.add(decodeStr(lp[i].substring(0, colon)).toString());
                kinds[i] = (byte) Integer.parseInt(lp[i].substring(colon + 1));
            }
            List<LocationTable.Location> positions = new ArrayList<>();
            for (String p : fields(take(), "positions")) {
                int star = p.indexOf('*');
                String[] v = (star < 0 ? p : p.substring(0, star)).split(",");
                LocationTable.Location loc = new LocationTable.Location(opt(v[0]), opt(v[1]), opt(v[2]), opt(v[3]));
                int n = star < 0 ? 1 : Integer.parseInt(p.substring(star + 1));
                for (int i = 0; i < n; i++) {
                    positions.add(loc);
                }
            }
            List<LocationTable.LineRange> lines = new ArrayList<>();
            for (String r : fields(take(), "lines")) {
                String[] v = r.split(",");
                lines.add(new LocationTable.LineRange(Integer.parseInt(v[0]), Integer.parseInt(v[1]), opt(v[2])));
            }
            String dis = block(take(), "dis");
            String disRec = peek() != null && peek().startsWith("disrec ") ? block(take(), "disrec") : null;
            PyCode code = new PyCode(Integer.parseInt(hdr[0]), Integer.parseInt(hdr[1]), Integer.parseInt(hdr[2]),
                    Integer.parseInt(hdr[3]), Integer.parseInt(hdr[4]), bytecode, consts, names, lpNames, kinds,
                    filename, name, qualname, Integer.parseInt(hdr[5]), linetable, exctable);
            byId.put(id, code);
            items.add(new Item(code, positions, lines, dis, disRec));
        }
        return new SourceFile(path, items);
    }

    private String peek() throws IOException {
        if (pending == null) {
            pending = in.readLine();
        }
        return pending;
    }

    private String take() throws IOException {
        String line = peek();
        pending = null;
        return line;
    }

    private String block(String header, String key) throws IOException {
        int n = Integer.parseInt(value(header, key));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(take()).append('\n');
        }
        return sb.toString();
    }

    private static int opt(String s) {
        return s.equals("_") ? -1 : Integer.parseInt(s);
    }

    private static String value(String line, String key) throws IOException {
        if (line == null || !(line.equals(key) || line.startsWith(key + " "))) {
            throw new IOException("expected " + key + ": " + line);
        }
        return line.length() == key.length() ? "" : line.substring(key.length() + 1);
    }

    private static String[] fields(String line, String key) throws IOException {
        String v = value(line, key);
        return v.isEmpty() ? new String[0] : v.split(" ");
    }

    private static Object parseConst(String[] toks, int[] pos, Map<Integer, PyCode> byId) {
        String t = toks[pos[0]++];
        String rest = t.substring(1);
        return switch (t.charAt(0)) {
            case 'N' -> Constants.Singleton.NONE;
            case '.' -> Constants.Singleton.ELLIPSIS;
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'i' -> new BigInteger(rest);
            case 'f' -> parseFloat(rest);
            case 'j' -> {
                String[] parts = rest.split(",");
                double re = parseFloat(parts[0]);
                double im = parseFloat(parts[1]);
                // A +0.0 real part is what an imaginary literal has: keep pyj.parse's form for it.
                yield re == 0 && 1 / re > 0 ? new Constants.Imaginary(im) : new CodeConstants.Complex(re, im);
            }
            case 's' -> decodeStr(rest);
            case 'b' -> new Constants.Bytes(HexFormat.of().parseHex(rest));
            case 't', 'z' -> {
                int n = Integer.parseInt(rest);
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(parseConst(toks, pos, byId));
                }
                yield t.charAt(0) == 't' ? new CodeConstants.Tuple(items) : new CodeConstants.FrozenSet(items);
            }
            case 'c' -> byId.get(Integer.parseInt(rest));
            default -> throw new IllegalArgumentException("bad constant token " + t);
        };
    }

    private static double parseFloat(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    /** A %hex;-escaped str: a String, or a CodePointStr when a Java String cannot hold it faithfully. */
    static Object decodeStr(String s) {
        List<Integer> cps = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%') {
                int semi = s.indexOf(';', i);
                cps.add(Integer.parseInt(s, i + 1, semi, 16));
                i = semi + 1;
            } else {
                cps.add((int) c);
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean faithful = true;
        for (int i = 0; i < cps.size(); i++) {
            int cp = cps.get(i);
            if (Character.isHighSurrogate((char) cp) && cp < 0x10000 && i + 1 < cps.size()
                    && Character.isLowSurrogate((char) (int) cps.get(i + 1)) && cps.get(i + 1) < 0x10000) {
                faithful = false;
            }
            sb.appendCodePoint(cp);
        }
        if (faithful) {
            return sb.toString();
        }
        return new Constants.CodePointStr(cps.stream().mapToInt(Integer::intValue).toArray());
    }
}
