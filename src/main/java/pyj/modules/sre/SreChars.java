package pyj.modules.sre;

import static pyj.modules.sre.SreConstants.*;

/**
 * Character predicates and case mappings with _sre's exact semantics, plus the module-level helpers
 * {@code re/_compiler.py} calls ({@code _sre.unicode_iscased}, {@code unicode_tolower},
 * {@code ascii_iscased}, {@code ascii_tolower}, {@code getcodesize}).
 *
 * <p>Unicode data is CPython 3.11's (Unicode 14.0.0, see {@link SreUnicode}). The locale-dependent
 * predicates follow the C locale (ASCII letters and digits only; no case change above 127), which is
 * what CPython gives under the C and C.UTF-8 locales.
 */
public final class SreChars {
    private SreChars() {
    }

    private static final int F_DECIMAL = 1;
    private static final int F_SPACE = 2;
    private static final int F_ALNUM = 4;
    private static final int F_LINEBREAK = 8;
    /** Flags for code points below 256, so the common case is one array load. */
    private static final byte[] LATIN1 = new byte[256];
    /** Simple lowercase / uppercase of every BMP code point. */
    private static final char[] LOWER_BMP = new char[0x10000];
    private static final char[] UPPER_BMP = new char[0x10000];
    /** Case runs above the BMP: start, count, step, lowerDelta, upperDelta. */
    private static final int[] ASTRAL_RUNS;

    static {
        for (int c = 0; c < 256; c++) {
            int f = 0;
            f |= contains(SreUnicode.DECIMAL, c) ? F_DECIMAL : 0;
            f |= contains(SreUnicode.SPACE, c) ? F_SPACE : 0;
            f |= contains(SreUnicode.ALNUM, c) ? F_ALNUM : 0;
            f |= contains(SreUnicode.LINEBREAK, c) ? F_LINEBREAK : 0;
            LATIN1[c] = (byte) f;
        }
        for (int c = 0; c < 0x10000; c++) {
            LOWER_BMP[c] = (char) c;
            UPPER_BMP[c] = (char) c;
        }
        int[] runs = SreUnicode.CASE_RUNS;
        int astral = 0;
        for (int i = 0; i < runs.length; i += 5) {
            for (int k = 0; k < runs[i + 1]; k++) {
                int cp = runs[i] + k * runs[i + 2];
                if (cp < 0x10000) {
                    LOWER_BMP[cp] = (char) (cp + runs[i + 3]);
                    UPPER_BMP[cp] = (char) (cp + runs[i + 4]);
                } else if (k == 0) {
                    astral++;
                }
            }
        }
        ASTRAL_RUNS = new int[astral * 5];
        int j = 0;
        for (int i = 0; i < runs.length; i += 5) {
            if (runs[i] >= 0x10000) {
                System.arraycopy(runs, i, ASTRAL_RUNS, j, 5);
                j += 5;
            }
        }
    }

    private static boolean contains(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    // ---- ASCII predicates (SRE_IS_*: used for bytes patterns and re.ASCII) ----

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isSpace(int ch) {
        // Py_ISSPACE below ' ': \t \n \v \f \r, and ' ' itself.
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    static boolean isWord(int ch) {
        return ch < 128 && (isAsciiAlnum(ch) || ch == '_');
    }

    private static boolean isAsciiAlnum(int ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    static boolean isLinebreak(int ch) {
        return ch == '\n';
    }

    // ---- Locale predicates (C locale) ----

    static boolean locIsWord(int ch) {
        return (ch < 256 && isAsciiAlnum(ch)) || ch == '_';
    }

    static int lowerLocale(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperLocale(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    // ---- Unicode predicates ----

    public static boolean uniIsDecimal(int ch) {
        return ch < 256 ? (LATIN1[ch] & F_DECIMAL) != 0 : contains(SreUnicode.DECIMAL, ch);
    }

    public static boolean uniIsSpace(int ch) {
        return ch < 256 ? (LATIN1[ch] & F_SPACE) != 0 : contains(SreUnicode.SPACE, ch);
    }

    public static boolean uniIsAlnum(int ch) {
        return ch < 256 ? (LATIN1[ch] & F_ALNUM) != 0 : contains(SreUnicode.ALNUM, ch);
    }

    public static boolean uniIsLinebreak(int ch) {
        return ch < 256 ? (LATIN1[ch] & F_LINEBREAK) != 0 : contains(SreUnicode.LINEBREAK, ch);
    }

    static boolean uniIsWord(int ch) {
        return ch == '_' || uniIsAlnum(ch);
    }

    /** Py_UNICODE_TOLOWER: the simple lowercase (first character of the full one for special cases). */
    public static int lowerUnicode(int ch) {
        if (ch < 0x10000) {
            return ch < 0 ? ch : LOWER_BMP[ch];
        }
        int r = astralRun(ch);
        return r < 0 ? ch : ch + ASTRAL_RUNS[r + 3];
    }

    /** Py_UNICODE_TOUPPER: e.g. 'ß' gives 'S', the first character of its full uppercase "SS". */
    public static int upperUnicode(int ch) {
        if (ch < 0x10000) {
            return ch < 0 ? ch : UPPER_BMP[ch];
        }
        int r = astralRun(ch);
        return r < 0 ? ch : ch + ASTRAL_RUNS[r + 4];
    }

    private static int astralRun(int ch) {
        int lo = 0;
        int hi = ASTRAL_RUNS.length / 5 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = ASTRAL_RUNS[5 * mid];
            if (ch < start) {
                hi = mid - 1;
            } else if (ch > start + (ASTRAL_RUNS[5 * mid + 1] - 1) * ASTRAL_RUNS[5 * mid + 2]) {
                lo = mid + 1;
            } else {
                return (ch - start) % ASTRAL_RUNS[5 * mid + 2] == 0 ? 5 * mid : -1;
            }
        }
        return -1;
    }

    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    /** sre_category(): does {@code ch} belong to category {@code cat}? Unknown categories never match. */
    static boolean category(int cat, int ch) {
        return switch (cat) {
            case CATEGORY_DIGIT -> isDigit(ch);
            case CATEGORY_NOT_DIGIT -> !isDigit(ch);
            case CATEGORY_SPACE -> isSpace(ch);
            case CATEGORY_NOT_SPACE -> !isSpace(ch);
            case CATEGORY_WORD -> isWord(ch);
            case CATEGORY_NOT_WORD -> !isWord(ch);
            case CATEGORY_LINEBREAK -> isLinebreak(ch);
            case CATEGORY_NOT_LINEBREAK -> !isLinebreak(ch);
            case CATEGORY_LOC_WORD -> locIsWord(ch);
            case CATEGORY_LOC_NOT_WORD -> !locIsWord(ch);
            case CATEGORY_UNI_DIGIT -> uniIsDecimal(ch);
            case CATEGORY_UNI_NOT_DIGIT -> !uniIsDecimal(ch);
            case CATEGORY_UNI_SPACE -> uniIsSpace(ch);
            case CATEGORY_UNI_NOT_SPACE -> !uniIsSpace(ch);
            case CATEGORY_UNI_WORD -> uniIsWord(ch);
            case CATEGORY_UNI_NOT_WORD -> !uniIsWord(ch);
            case CATEGORY_UNI_LINEBREAK -> uniIsLinebreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK -> !uniIsLinebreak(ch);
            default -> false;
        };
    }

    // ---- _sre module functions used by re/_compiler.py ----

    /** {@code _sre.getcodesize()}. */
    public static int getcodesize() {
        return CODESIZE;
    }

    /** {@code _sre.ascii_iscased(ch)}. */
    public static boolean asciiIscased(int ch) {
        return ch >= 0 && ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
    }

    /** {@code _sre.unicode_iscased(ch)}. */
    public static boolean unicodeIscased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }

    /** {@code _sre.ascii_tolower(ch)}. */
    public static int asciiTolower(int ch) {
        return lowerAscii(ch);
    }

    /** {@code _sre.unicode_tolower(ch)}. */
    public static int unicodeTolower(int ch) {
        return lowerUnicode(ch);
    }
}
