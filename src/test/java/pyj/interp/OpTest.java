package pyj.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import pyj.code.Opcode;

/** The eval loop's switch constants agree with pyj.code.Opcode (CPython 3.11's numbers). */
class OpTest {
    @Test
    void constantsMatchTheInstructionSet() throws IllegalAccessException {
        int n = 0;
        for (Field f : Op.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                assertEquals(Opcode.valueOf(f.getName()).number(), f.getInt(null), f.getName());
                n++;
            }
        }
        assertEquals(Opcode.realOpcodes().size(), n);
    }
}
