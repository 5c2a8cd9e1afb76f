package pyj.objects;

/**
 * SipHash-1-3 exactly as CPython 3.11's Python/pyhash.c computes it (one compression round, three
 * finalization rounds, and CPython's "modified" output {@code v0^v1^v2^v3}). Keys are the two
 * little-endian 64-bit words of _Py_HashSecret.
 */
public final class SipHash13 {
    private SipHash13() {}

    public static long hash(long k0, long k1, byte[] src) {
        return hash(k0, k1, src, 0, src.length);
    }

    public static long hash(long k0, long k1, byte[] src, int off, int len) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int i = off;
        int end = off + len;
        for (; end - i >= 8; i += 8) {
            long mi = (src[i] & 0xffL) | (src[i + 1] & 0xffL) << 8 | (src[i + 2] & 0xffL) << 16
                    | (src[i + 3] & 0xffL) << 24 | (src[i + 4] & 0xffL) << 32 | (src[i + 5] & 0xffL) << 40
                    | (src[i + 6] & 0xffL) << 48 | (src[i + 7] & 0xffL) << 56;
            v3 ^= mi;
            // SINGLE_ROUND
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int s = 0; i < end; i++, s += 8) {
            t |= (src[i] & 0xffL) << s;
        }
        long b = ((long) len << 56) | t;
        return finish(v0, v1, v2, v3, b);
    }

    /** Hash of the little-endian bytes of a str's code units, width bytes each (1, 2 or 4). */
    static long hashUnits(long k0, long k1, String s, int width) {
        // Feed 8 bytes at a time straight from the chars (no byte[] copy).
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        long len;
        long word = 0;
        int fill = 0; // bits in word
        long total = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            int unit;
            char c = s.charAt(i);
            if (width == 4 && Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                unit = Character.toCodePoint(c, s.charAt(++i));
            } else {
                unit = c;
            }
            for (int k = 0; k < width; k++) {
                word |= ((long) ((unit >>> (8 * k)) & 0xff)) << fill;
                fill += 8;
                total++;
                if (fill == 64) {
                    v3 ^= word;
                    v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
                    v0 = Long.rotateLeft(v0, 32);
                    v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
                    v2 = Long.rotateLeft(v2, 32);
                    v0 ^= word;
                    word = 0;
                    fill = 0;
                }
            }
        }
        len = total;
        long b = (len << 56) | word;
        return finish(v0, v1, v2, v3, b);
    }

    private static long finish(long v0, long v1, long v2, long v3, long b) {
        v3 ^= b;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 = Long.rotateLeft(v2, 32);
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }
}
