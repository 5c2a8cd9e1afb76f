package pyj.modules.sre;

/**
 * The string a pattern is matched against, indexed by Python positions: code points for str, bytes
 * for bytes-like objects. Exactly one backing representation is set: a {@link String} whose chars
 * are each one code point (no surrogate pairs, so {@code charAt} is code point indexing), an
 * {@code int[]} of code points (for str values that hold non-BMP characters), or a {@code byte[]}.
 */
public final class SreSubject {
    // package-private: the matcher reads the representation directly (see SreState#at)
    final String chars;
    final int[] codePoints;
    final byte[] bytes;
    private final int length;

    private SreSubject(String chars, int[] codePoints, byte[] bytes, int length) {
        this.chars = chars;
        this.codePoints = codePoints;
        this.bytes = bytes;
        this.length = length;
    }

    /**
     * A str whose Java chars are its code points one to one (the caller knows it holds no surrogate
     * pair; lone surrogates are fine, they are code points of their own in Python).
     */
    public static SreSubject ofBmp(String s) {
        return new SreSubject(s, null, null, s.length());
    }

    /** A str given as code points. */
    public static SreSubject ofCodePoints(int[] cps) {
        return new SreSubject(null, cps, null, cps.length);
    }

    /** A str from a Java string, where a surrogate pair stands for one non-BMP code point. */
    public static SreSubject ofString(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                return ofCodePoints(s.codePoints().toArray());
            }
        }
        return ofBmp(s);
    }

    /** A bytes-like subject. The array is not copied: it must not change while a match runs. */
    public static SreSubject ofBytes(byte[] b) {
        return new SreSubject(null, null, b, b.length);
    }

    public boolean isBytes() {
        return bytes != null;
    }

    public int length() {
        return length;
    }

    /** The code point (or byte value, 0..255) at position {@code i}. */
    public int at(int i) {
        if (chars != null) {
            return chars.charAt(i);
        }
        if (bytes != null) {
            return bytes[i] & 0xFF;
        }
        return codePoints[i];
    }

    /** The Java string of positions [start, end) of a str subject. */
    public String substring(int start, int end) {
        if (chars != null) {
            return chars.substring(start, end);
        }
        if (codePoints != null) {
            return new String(codePoints, start, end - start);
        }
        throw new IllegalStateException("a bytes subject has no substring; use slice");
    }

    /** Bytes [start, end) of a bytes subject. */
    public byte[] slice(int start, int end) {
        if (bytes == null) {
            throw new IllegalStateException("a str subject has no byte slice; use substring");
        }
        return java.util.Arrays.copyOfRange(bytes, start, end);
    }
}
