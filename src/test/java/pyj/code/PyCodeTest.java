package pyj.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyj.parse.ast.Constants;

class PyCodeTest {
    /** Every CO_* flag constant has CPython's name and value (inspect's CO_*, __future__'s CO_FUTURE_*). */
    @Test
    void flagValuesMatchCPython() throws Exception {
        List<String> lines = OpcodeTest.runOracle("-c", String.join("\n",
                "import inspect, __future__",
                "for n in dir(inspect):",
                "    if n.startswith('CO_'): print(n, getattr(inspect, n))",
                "for n in __future__.all_feature_names:",
                "    f = getattr(__future__, n).compiler_flag",
                "    if f: print({'nested_scopes': 'CO_NESTED', 'generators': None}.get(n, 'CO_FUTURE_' + n.upper()), f)"));
        int checked = 0;
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f[0].equals("None")) {
                continue;
            }
            // The C name (Include/cpython/compile.h) of the flag Python calls barry_as_FLUFL.
            String name = f[0].replace("CO_FUTURE_BARRY_AS_FLUFL", "CO_FUTURE_BARRY_AS_BDFL");
            Field field = PyCode.class.getField(name);
            assertEquals(Integer.parseInt(f[1]), field.getInt(null), name);
            checked++;
        }
        assertEquals(10 + 1 + 8, checked); // inspect, nested_scopes, the eight CO_FUTURE_*
    }

    /** def f(a, b): def g(): return a — a is an argument and a cell: one LOCAL|CELL slot. */
    @Test
    void localsPlusLayoutAndDerivedFields() {
        byte[] code = HexFormat.of().parseHex("8700970064005300");
        PyCode f = PyCode.of(2, 0, 0, 1, PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS, code,
                List.of(Constants.Singleton.NONE), List.of(), List.of("a", "b", "g"), "t.py", "f", "f", 1,
                new byte[0], new byte[0], List.of(), List.of("a", "c"));
        assertEquals(List.of("a", "b", "g", "c"), f.localsPlusNames());
        assertEquals(0x60, f.localsPlusKind(0));
        assertEquals(0x20, f.localsPlusKind(1));
        assertEquals(0x40, f.localsPlusKind(3));
        assertEquals(List.of("a", "b", "g"), f.varnames());
        assertEquals(List.of("a", "c"), f.cellvars());
        assertEquals(List.of(), f.freevars());
        assertEquals(3, f.nlocals());
        assertEquals("c", f.varnameFromOparg(3));
        assertEquals(4, f.codeUnits());
        assertEquals(Opcode.MAKE_CELL.number(), f.opcodeAt(0));
        assertNull(f.handlerAt(0));
        assertEquals(List.of(), f.positions());
        assertThrows(IllegalArgumentException.class, () -> new PyCode(0, 0, 0, 0, 0, new byte[3], List.of(),
                List.of(), List.of(), new byte[0], "f", "n", "n", 1, new byte[0], new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new PyCode(0, 0, 0, 0, 0, new byte[2], List.of(),
                List.of(), List.of("x"), new byte[] {0x10}, "f", "n", "n", 1, new byte[0], new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new PyCode(2, 0, 0, 0, 0, new byte[2], List.of(),
                List.of(), List.of("x"), new byte[] {0x20}, "f", "n", "n", 1, new byte[0], new byte[0]));
    }
}
