package pyj.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * hash() of str, bytes, int, float, complex, nested tuples and frozensets against CPython 3.11.7
 * run with PYTHONHASHSEED = 0, 1, 12345 and 4294967295 (hash_cases.txt).
 */
class PyHashTest {

    static long hash(PyHash h, Object v) {
        return switch (v) {
            case String s -> h.hashStr(s);
            case StandInObjects.Bts b -> h.hashBytes(b.bytes());
            case Boolean b -> b ? 1 : 0;
            case Long l -> PyHash.hashLong(l);
            case BigInteger b -> PyHash.hashInt(b);
            case Double d -> PyHash.hashDouble(d);
            case StandInObjects.Cx c -> PyHash.hashComplex(c.re(), c.im(), 0);
            case StandInObjects.Tup t -> {
                long[] hs = new long[t.items().size()];
                for (int i = 0; i < hs.length; i++) {
                    hs[i] = hash(h, t.items().get(i));
                }
                yield PyHash.hashTuple(hs);
            }
            case StandInObjects.FSet f -> {
                // The generator prints a frozenset's elements once each; equal numbers (1 and 1.0)
                // were already merged by Python.
                long[] hs = new long[f.items().size()];
                for (int i = 0; i < hs.length; i++) {
                    hs[i] = hash(h, f.items().get(i));
                }
                yield PyHash.hashFrozenset(hs);
            }
            default -> throw new IllegalArgumentException(String.valueOf(v));
        };
    }

    @Test
    void matchesCPythonUnderEachSeed() throws IOException {
        List<String[]> cases = TestData.cases("hash_cases.txt");
        Map<String, PyHash> secrets = new HashMap<>();
        Map<String, Integer> perSeed = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (String[] c : cases) {
            PyHash h = secrets.computeIfAbsent(c[0], s -> PyHash.forSeed(Long.parseLong(s)));
            perSeed.merge(c[0], 1, Integer::sum);
            Object v = StandInObjects.parse(c[1]);
            long got = hash(h, v);
            if (got != Long.parseLong(c[2])) {
                failures.add("seed " + c[0] + " " + c[1] + ": expected " + c[2] + " got " + got);
            }
        }
        assertEquals(4, perSeed.size());
        perSeed.values().forEach(n -> assertTrue(n > 4000));
        assertEquals(0, failures.size(), failures.size() + " failures, first:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void hashInfo() {
        assertEquals(2305843009213693951L, PyHash.MODULUS);
        assertEquals(314159, PyHash.INF);
        assertEquals(1000003, PyHash.IMAG);
        assertEquals(-2, PyHash.hashLong(-1));
        assertEquals(PyHash.hashLong(5), PyHash.hashDouble(5.0));
        assertEquals(PyHash.hashInt(BigInteger.TWO.pow(80)), PyHash.hashDouble(0x1p80));
    }

    @Test
    void seedZeroIsTheZeroKey() {
        PyHash h = PyHash.forSeed(0);
        assertEquals(0, h.k0());
        assertEquals(0, h.k1());
        assertEquals(0, h.hashStr(""));
        assertEquals(0, h.hashBytes(new byte[0]));
    }

    @Test
    void environmentValues() {
        assertEquals(PyHash.forSeed(7).k0(), PyHash.fromEnvironment("7").k0());
        assertThrows(IllegalArgumentException.class, () -> PyHash.fromEnvironment("4294967296"));
        assertThrows(IllegalArgumentException.class, () -> PyHash.fromEnvironment("x"));
        PyHash a = PyHash.fromEnvironment("random");
        PyHash b = PyHash.fromEnvironment(null);
        assertNotEquals(a.k0() ^ a.k1(), b.k0() ^ b.k1());
    }

    @Test
    void nanHashesByIdentity() {
        assertEquals(PyHash.hashPointer(0x7f0012345670L), PyHash.hashDouble(Double.NaN, 0x7f0012345670L));
        assertEquals(0x7f001234567L, PyHash.hashPointer(0x7f0012345670L));
    }
}
