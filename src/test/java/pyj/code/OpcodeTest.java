package pyj.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pyj.testing.CPythonOracle;

/** Every fact of {@link Opcode} against what python3 (3.11) says: tools/opcode_oracle.py. */
class OpcodeTest {
    private static List<String[]> facts;

    static List<String> runOracle(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = CPythonOracle.python();
        System.arraycopy(args, 0, cmd, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + " failed");
        return lines;
    }

    @BeforeAll
    static void oracle() throws Exception {
        facts = runOracle("tools/opcode_oracle.py").stream().map(l -> l.split(" ")).toList();
    }

    @Test
    void numbersNamesCachesAndArgumentKindsMatchCPython() {
        Set<Opcode> seen = new HashSet<>();
        for (String[] f : facts) {
            if (!f[0].equals("op")) {
                continue;
            }
            int num = Integer.parseInt(f[1]);
            Opcode op = Opcode.of(num);
            assertNotNull(op, "missing opcode " + num + " " + f[2]);
            seen.add(op);
            assertEquals(f[2], op.name());
            assertSame(op, Opcode.byName(f[2]));
            assertEquals(num, op.cpythonNumber());
            assertEquals(Integer.parseInt(f[3]), op.cacheEntries(), op.name());
            assertEquals(f[4].equals("1"), op.hasArg(), op.name());
            assertEquals(f[5], kinds(op), op.name());
            assertEquals(f[6].equals("-") ? op : Opcode.byName(f[6]), op.base(), op.name());
            assertEquals(!f[6].equals("-"), op.isSpecialized());
        }
        for (Opcode op : Opcode.values()) {
            assertTrue(op.isPseudo() || seen.contains(op), op + " is not a CPython 3.11 instruction");
        }
        for (int n = 0; n < 256; n++) {
            Opcode op = Opcode.of(n);
            assertTrue(op == null || op.number() == n);
        }
        assertNull(Opcode.of(-1));
        assertNull(Opcode.byName("SETUP_EXCEPT"));
    }

    /** The dis.py lists an instruction (its base, for specialized forms) belongs to. */
    private static String kinds(Opcode op) {
        return switch (op.argKind()) {
            case CONST -> "const";
            case NAME -> "name";
            case JUMP_FORWARD, JUMP_BACKWARD -> "jrel";
            case LOCAL -> "local";
            case COMPARE -> "compare";
            case FREE -> "free";
            default -> "-";
        };
    }

    @Test
    void tablesMatchCPython() {
        for (String[] f : facts) {
            switch (f[0]) {
                case "nbop" -> {
                    Opcode.NbOp nb = Opcode.NB_OPS.get(Integer.parseInt(f[1]));
                    assertEquals(f[2], nb.name());
                    assertEquals(f[3], nb.symbol());
                }
                case "cmp" -> assertEquals(f[2], Opcode.CMP_OP.get(Integer.parseInt(f[1])));
                case "have_argument" -> assertEquals(Integer.parseInt(f[1]), Opcode.HAVE_ARGUMENT);
                case "extended_arg" -> assertEquals(Integer.parseInt(f[1]), Opcode.EXTENDED_ARG.number());
                default -> { }
            }
        }
        assertEquals(26, Opcode.NB_OPS.size());
    }

    @Test
    void stackEffectsMatchDisStackEffect() {
        int checked = 0;
        for (String[] f : facts) {
            if (!f[0].equals("effect")) {
                continue;
            }
            int num = Integer.parseInt(f[1]);
            Opcode op = num < 0 ? pseudo(num) : Opcode.of(num);
            int arg = f[2].equals("-") ? 0 : Integer.parseInt(f[2]);
            String where = op + " " + f[2];
            assertEquals(Integer.parseInt(f[3]), op.maxStackEffect(arg), where);
            assertEquals(Integer.parseInt(f[4]), op.stackEffect(arg, true), where);
            assertEquals(Integer.parseInt(f[5]), op.stackEffect(arg, false), where);
            checked++;
        }
        assertTrue(checked > 19000, "only " + checked);
        assertThrows(IllegalArgumentException.class, () -> Opcode.BINARY_OP_ADD_INT.stackEffect(0, false));
    }

    private static Opcode pseudo(int cpythonNumber) {
        for (Opcode op : Opcode.values()) {
            if (op.isPseudo() && op.cpythonNumber() == cpythonNumber) {
                return op;
            }
        }
        throw new AssertionError("no pseudo-instruction for CPython's " + cpythonNumber);
    }

    @Test
    void flagsAndGroups() {
        assertTrue(Opcode.JUMP_BACKWARD.isBackwardJump());
        assertTrue(Opcode.POP_JUMP_BACKWARD_IF_TRUE.isBackwardJump());
        assertFalse(Opcode.FOR_ITER.isBackwardJump());
        assertTrue(Opcode.SETUP_FINALLY.hasTarget());
        assertFalse(Opcode.SETUP_FINALLY.isJump());
        assertTrue(Opcode.JUMP.isPseudo() && Opcode.JUMP.isUnconditionalJump());
        assertTrue(Opcode.RETURN_VALUE.isScopeExit() && Opcode.RERAISE.isScopeExit());
        assertFalse(Opcode.LOAD_CONST.canRaise());
        assertTrue(Opcode.LOAD_FAST.canRaise());
        assertTrue(Opcode.LOAD_ATTR_SLOT.canRaise());
        assertEquals(6, Opcode.LOAD_GLOBAL.size(3));
        assertEquals(7, Opcode.LOAD_GLOBAL.size(300));
        assertEquals(4, Opcode.LOAD_CONST.size(1 << 24));
        assertTrue(Opcode.realOpcodes().contains(Opcode.CALL));
        assertFalse(Opcode.realOpcodes().contains(Opcode.CALL_ADAPTIVE));
        assertFalse(Opcode.realOpcodes().contains(Opcode.POP_BLOCK));
        for (Opcode op : Opcode.values()) {
            if (op.isPseudo()) {
                assertTrue(op.number() >= 256 && op.cpythonNumber() < 0, op.name());
            }
        }
    }
}
