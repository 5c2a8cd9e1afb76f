package pyj.objects;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * CPython 3.11's hash functions, bit for bit: SipHash-1-3 of the in-memory representation for str
 * and bytes (keyed by _Py_HashSecret, which PYTHONHASHSEED determines), numeric hashes modulo the
 * Mersenne prime 2**61-1 (so equal numbers of different types hash equal), and the xxHash-based
 * tuple combination. Values are plain Java values; the object model caches the results.
 *
 * <p>An instance holds the hash secret; the numeric and combining functions are static because
 * they do not depend on it.
 */
public final class PyHash {
    /** sys.hash_info fields. */
    public static final int WIDTH = 64;
    public static final int HASH_BITS = 61;
    public static final long MODULUS = (1L << HASH_BITS) - 1;
    public static final long INF = 314159;
    public static final long NAN = 0;
    public static final long IMAG = 1000003;
    public static final String ALGORITHM = "siphash13";
    public static final int SEED_BITS = 128;
    /** Py_HASH_CUTOFF: 0, so even one-character strings go through SipHash. */
    public static final int CUTOFF = 0;

    /** The largest PYTHONHASHSEED value. */
    public static final long MAX_SEED = 4294967295L;

    private final long k0;
    private final long k1;

    private PyHash(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    /** The SipHash key words (little-endian words of _Py_HashSecret's first 16 bytes). */
    public long k0() {
        return k0;
    }

    public long k1() {
        return k1;
    }

    /**
     * The secret for PYTHONHASHSEED=seed: 0 disables randomization (all-zero key); otherwise the
     * 24 secret bytes come from CPython's lcg_urandom(seed) (an MSVC-style LCG, one byte per step).
     */
    public static PyHash forSeed(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("PYTHONHASHSEED must be in [0; 4294967295]: " + seed);
        }
        if (seed == 0) {
            return new PyHash(0, 0);
        }
        byte[] secret = new byte[24];
        int x = (int) seed;
        for (int i = 0; i < secret.length; i++) {
            x = x * 214013 + 2531011;
            secret[i] = (byte) (x >>> 16);
        }
        return fromSecret(secret);
    }

    /** A random secret, as CPython uses when PYTHONHASHSEED is unset or "random". */
    public static PyHash random() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return fromSecret(secret);
    }

    /**
     * The secret for a PYTHONHASHSEED environment value: null, "" or "random" give a random one;
     * otherwise it must be a decimal in [0, 4294967295] (CPython refuses to start otherwise).
     */
    public static PyHash fromEnvironment(String value) {
        if (value == null || value.isEmpty() || value.equals("random")) {
            return random();
        }
        long seed;
        try {
            seed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            seed = -1;
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
        }
        return forSeed(seed);
    }

    private static PyHash fromSecret(byte[] s) {
        long a = 0;
        long b = 0;
        for (int i = 7; i >= 0; i--) {
            a = (a << 8) | (s[i] & 0xff);
            b = (b << 8) | (s[i + 8] & 0xff);
        }
        return new PyHash(a, b);
    }

    // ---- str and bytes ----

    /** hash(bytes) (also memoryview of bytes): 0 for empty, else SipHash of the bytes. */
    public long hashBytes(byte[] b) {
        return hashBytes(b, 0, b.length);
    }

    public long hashBytes(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        return fix(SipHash13.hash(k0, k1, b, off, len));
    }

    /**
     * hash(str): SipHash over CPython's compact representation, whose unit width depends on the
     * largest code point: 1 byte (latin-1), 2 (UCS-2) or 4 (UCS-4), little-endian. A surrogate
     * pair in s is one astral code point; a lone surrogate is a UCS-2 unit, as in CPython.
     */
    public long hashStr(String s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        int width = 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xff) {
                width = 2;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    width = 4;
                    break;
                }
            }
        }
        return fix(SipHash13.hashUnits(k0, k1, s, width));
    }

    // ---- numbers ----

    /** hash(int) for a value in long range: sign * (|v| mod 2**61-1), with -1 mapped to -2. */
    public static long hashLong(long v) {
        if (v > -MODULUS && v < MODULUS) {
            return v == -1 ? -2 : v;
        }
        if (v >= 0) {
            return v % MODULUS;
        }
        long r = -Long.remainderUnsigned(-v, MODULUS); // -v as unsigned also covers Long.MIN_VALUE
        return r == -1 ? -2 : r;
    }

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    public static long hashInt(BigInteger v) {
        if (v.bitLength() < 64) {
            return hashLong(v.longValue());
        }
        long r = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            r = -r;
        }
        return r == -1 ? -2 : r;
    }

    /**
     * hash(float). NaN hashes by object identity in 3.11: pass the identity (for example
     * System.identityHashCode of the float object) as nanIdentity; it is mixed as
     * _Py_HashPointer mixes an address.
     */
    public static long hashDouble(double v, long nanIdentity) {
        if (Double.isNaN(v)) {
            return hashPointer(nanIdentity);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (v == 0) {
            return 0;
        }
        // |v| = m * 2^e with integer m < 2^53; 2^61 = 1 (mod P), so multiplying by 2^e is a
        // rotation of the 61-bit residue by e mod 61.
        long bits = Double.doubleToRawLongBits(v);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & 0xfffffffffffffL;
        if (be == 0) {
            be = 1;
        } else {
            m |= 1L << 52;
        }
        int e = Math.floorMod(be - 1075, HASH_BITS);
        long x = ((m << e) & MODULUS) | (m >>> (HASH_BITS - e));
        if (bits < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /** hash(float) for a non-NaN value. */
    public static long hashDouble(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("NaN hashes by identity: use hashDouble(v, identity)");
        }
        return hashDouble(v, 0);
    }

    /** hash(complex): hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic. */
    public static long hashComplex(double re, double im, long nanIdentity) {
        long h = hashDouble(re, nanIdentity) + IMAG * hashDouble(im, nanIdentity);
        return h == -1 ? -2 : h;
    }

    /** _Py_HashPointer: the address rotated right by 4 bits (the low bits of addresses are 0). */
    public static long hashPointer(long address) {
        long x = Long.rotateRight(address, 4);
        return x == -1 ? -2 : x;
    }

    // ---- containers ----

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    /** hash(tuple) from its items' hashes (3.11's xxHash-based tuplehash). */
    public static long hashTuple(long[] itemHashes) {
        return hashTuple(itemHashes, itemHashes.length);
    }

    public static long hashTuple(long[] itemHashes, int len) {
        long acc = XXPRIME_5;
        for (int i = 0; i < len; i++) {
            acc += itemHashes[i] * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        // The length term keeps hash(()) at its historical value.
        acc += len ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** hash(frozenset) from its elements' hashes, in any order. */
    public static long hashFrozenset(long[] elementHashes) {
        long hash = 0;
        for (long h : elementHashes) {
            hash ^= shuffleBits(h);
        }
        hash ^= (elementHashes.length + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }
}
