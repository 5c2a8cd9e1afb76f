package pyj.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyj.parse.ast.Constants;

/** Reprs of co_consts values against python3's repr of the same values. */
class CodeConstantsTest {
    /** Python expressions whose values are constants the compiler can make. */
    private static final List<String> CASES = List.of(
            "()", "(1,)", "(1, 2)", "((), ((1,),), 'a')", "(None, ..., True, False)",
            "frozenset()", "frozenset({7})", "(frozenset({b'x'}),)",
            "1+2j", "-1j", "complex(-0.0, 0.0)", "complex(0.0, -0.0)", "complex(1, float('nan'))",
            "complex(1, -float('nan'))", "complex(float('inf'), float('-inf'))", "1e300+1e-300j",
            "complex(-0.0, 1)", "2j", "0.1+0.2j", "(1.5, -0.0, 1e16, 1e-5)", "('\\x00\\ud800', 'it\\'s')");

    @Test
    void reprsMatchPython() throws Exception {
        List<String> script = new ArrayList<>();
        script.add("import sys");
        for (String c : CASES) {
            // One value per line; frozensets here have at most one item, so their order is fixed.
            script.add("print(repr(" + c + "))");
        }
        List<String> expected = OpcodeTest.runOracle("-c", String.join("\n", script));
        List<Object> values = List.of(
                tuple(), tuple(i(1)), tuple(i(1), i(2)), tuple(tuple(), tuple(tuple(i(1))), "a"),
                tuple(Constants.Singleton.NONE, Constants.Singleton.ELLIPSIS, true, false),
                new CodeConstants.FrozenSet(List.of()), new CodeConstants.FrozenSet(List.of(i(7))),
                tuple(new CodeConstants.FrozenSet(List.of(new Constants.Bytes(new byte[] {'x'})))),
                new CodeConstants.Complex(1, 2), new CodeConstants.Complex(-0.0, -1),
                new CodeConstants.Complex(-0.0, 0.0), new CodeConstants.Complex(0.0, -0.0),
                new CodeConstants.Complex(1, Double.NaN), new CodeConstants.Complex(1, -Double.NaN),
                new CodeConstants.Complex(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                new CodeConstants.Complex(1e300, 1e-300), new CodeConstants.Complex(-0.0, 1),
                new Constants.Imaginary(2), new CodeConstants.Complex(0.1, 0.2),
                tuple(1.5, -0.0, 1e16, 1e-5), tuple("\u0000\ud800", "it's"));
        assertEquals(expected.size(), values.size());
        for (int i = 0; i < values.size(); i++) {
            assertEquals(expected.get(i), CodeConstants.repr(values.get(i)), CASES.get(i));
        }
    }

    private static BigInteger i(long v) {
        return BigInteger.valueOf(v);
    }

    private static CodeConstants.Tuple tuple(Object... items) {
        return new CodeConstants.Tuple(List.of(items));
    }
}
