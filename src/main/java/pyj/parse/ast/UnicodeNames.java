package pyj.parse.ast;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Character name lookup as CPython 3.11's {@code \N{...}} escape does it (Unicode 14): names
 * from the Unicode database compared case-insensitively, name aliases, and the algorithmic
 * {@code CJK UNIFIED IDEOGRAPH-XXXX} and {@code HANGUL SYLLABLE ...} names (upper case only).
 * Java's own database is newer, so its answers are filtered through Unicode 14's assignments.
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";

    // Jamo short names, in the order of the Hangul syllable composition formula.
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
        "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
        "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static final class Aliases {
        static final Map<String, Integer> MAP = new HashMap<>();

        static {
            for (int i = 0; i < UnicodeTables.ALIAS_NAMES.length; i++) {
                MAP.put(UnicodeTables.ALIAS_NAMES[i], UnicodeTables.ALIAS_CODE_POINTS[i]);
            }
        }
    }

    /** The code point named {@code name}, or -1 if CPython 3.11 knows no such name. */
    public static int lookup(String name) {
        if (name.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return -1; // names are ASCII; Java would case-fold some non-ASCII letters
            }
        }
        if (name.startsWith(CJK_PREFIX)) {
            return cjk(name.substring(CJK_PREFIX.length()));
        }
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangul(name, HANGUL_PREFIX.length());
        }
        String upper = name.toUpperCase(Locale.ROOT);
        Integer alias = Aliases.MAP.get(upper);
        if (alias != null) {
            return alias;
        }
        if (Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return -1; // Java strips surrounding white space, CPython does not
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        if (!PyRepr.isAssigned14(cp)) {
            return -1;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
            return -1; // only reachable through aliases (or not at all) in CPython
        }
        String javaName = Character.getName(cp);
        if (javaName == null || !javaName.equals(upper) || javaName.equals(syntheticName(cp))) {
            return -1;
        }
        return cp;
    }

    /** The name Java makes up for a code point that has none in UnicodeData.txt. */
    private static String syntheticName(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == null) {
            return null;
        }
        return block.toString().replace('_', ' ') + " " + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
    }

    private static int cjk(String hex) {
        int n = hex.length();
        if (n != 4 && n != 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return PyRepr.inRanges(UnicodeTables.CJK_UNIFIED, v) ? v : -1;
    }

    private static int hangul(String name, int pos) {
        int l = longest(name, pos, JAMO_L);
        if (l < 0) {
            return -1;
        }
        pos += JAMO_L[l].length();
        int v = longest(name, pos, JAMO_V);
        if (v < 0) {
            return -1;
        }
        pos += JAMO_V[v].length();
        int t = longest(name, pos, JAMO_T);
        if (t < 0) {
            return -1;
        }
        pos += JAMO_T[t].length();
        if (pos != name.length()) {
            return -1;
        }
        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }

    /** Index of the longest jamo name that {@code name} has at {@code pos}, or -1. */
    private static int longest(String name, int pos, String[] jamo) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < jamo.length; i++) {
            String j = jamo[i];
            if (j.length() > bestLen && name.startsWith(j, pos)) {
                best = i;
                bestLen = j.length();
            }
        }
        return best;
    }
}
