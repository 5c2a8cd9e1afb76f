package pyj.modules.sre;

import static pyj.modules.sre.SreConstants.*;

/**
 * _sre's code validation ({@code _validate} in sre.c): compile() rejects code that could make the
 * matcher read outside the code array or follow a jump that {@code re/_compiler.py} never emits, so
 * the matcher itself can trust every skip and argument. All jumps are relative and forward.
 */
final class SreValidator {
    private final int[] code;

    private SreValidator(int[] code) {
        this.code = code;
    }

    /** Thrown internally on the first violation. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super(null, null, false, false);
        }
    }

    private static final Invalid INVALID = new Invalid();

    /** True if {@code code} is valid for a pattern with {@code groups} capturing groups. */
    static boolean isValid(int[] code, long groups) {
        if (groups < 0 || groups > MAXGROUPS || code.length == 0 || code[code.length - 1] != SUCCESS) {
            return false;
        }
        try {
            return new SreValidator(code).inner(0, code.length - 1, groups) == 0;
        } catch (Invalid e) {
            return false;
        } catch (ArrayIndexOutOfBoundsException e) {
            // every read is bounds-checked below; this is only a second line of defence
            return false;
        }
    }

    private static long u(int v) {
        return v & 0xFFFFFFFFL;
    }

    private static void fail() throws Invalid {
        throw INVALID;
    }

    /** A skip at {@code at} (already known to be < end) must not jump past {@code end}. */
    private long skip(int at, int end, int adj) throws Invalid {
        long s = u(code[at]);
        if (s - adj > end - at) {
            fail();
        }
        return s;
    }

    private void charset(int pc, int end) throws Invalid {
        while (pc < end) {
            int op = code[pc++];
            switch (op) {
                case NEGATE:
                    break;
                case LITERAL:
                    if (pc >= end) {
                        fail();
                    }
                    pc++;
                    break;
                case RANGE:
                case RANGE_UNI_IGNORE:
                    if (pc + 2 > end) {
                        fail();
                    }
                    pc += 2;
                    break;
                case CHARSET:
                    if (8 > end - pc) {
                        fail();
                    }
                    pc += 8;
                    break;
                case BIGCHARSET: {
                    if (pc >= end) {
                        fail();
                    }
                    long blocks = u(code[pc++]);
                    if (64 > end - pc) {
                        fail();
                    }
                    for (int i = 0; i < 256; i++) {
                        // block numbers are bytes of the 64-word table, little-endian
                        if (((code[pc + (i >>> 2)] >>> ((i & 3) * 8)) & 0xFF) >= blocks) {
                            fail();
                        }
                    }
                    pc += 64;
                    long offset = blocks * 8;
                    if (offset > end - pc) {
                        fail();
                    }
                    pc += (int) offset;
                    break;
                }
                case CATEGORY:
                    if (pc >= end) {
                        fail();
                    }
                    if (u(code[pc]) > CATEGORY_UNI_NOT_LINEBREAK) {
                        fail();
                    }
                    pc++;
                    break;
                default:
                    fail();
            }
        }
    }

    /** A range that must be valid and must not end with a JUMP. */
    private void body(int pc, int end, long groups) throws Invalid {
        if (inner(pc, end, groups) != 0) {
            fail();
        }
    }

    /** Returns 0 when the range is valid, 1 when it is valid and ends with a JUMP. */
    private int inner(int pc, int end, long groups) throws Invalid {
        if (pc > end) {
            fail();
        }
        while (pc < end) {
            int op = code[pc++];
            switch (op) {
                case MARK:
                    if (pc >= end || u(code[pc]) > 2 * groups + 1) {
                        fail();
                    }
                    pc++;
                    break;
                case LITERAL:
                case NOT_LITERAL:
                case LITERAL_IGNORE:
                case NOT_LITERAL_IGNORE:
                case LITERAL_UNI_IGNORE:
                case NOT_LITERAL_UNI_IGNORE:
                case LITERAL_LOC_IGNORE:
                case NOT_LITERAL_LOC_IGNORE:
                    if (pc >= end) {
                        fail();
                    }
                    pc++;
                    break;
                case SUCCESS:
                case FAILURE:
                case ANY:
                case ANY_ALL:
                    break;
                case AT:
                    if (pc >= end || u(code[pc]) > AT_UNI_NON_BOUNDARY) {
                        fail();
                    }
                    pc++;
                    break;
                case IN:
                case IN_IGNORE:
                case IN_UNI_IGNORE:
                case IN_LOC_IGNORE: {
                    if (pc >= end) {
                        fail();
                    }
                    long skip = skip(pc, end, 0);
                    pc++;
                    // the set runs to skip-2, then a FAILURE ends it
                    if (skip < 2) {
                        fail();
                    }
                    charset(pc, pc + (int) skip - 2);
                    if (code[pc + (int) skip - 2] != FAILURE) {
                        fail();
                    }
                    pc += (int) skip - 1;
                    break;
                }
                case INFO: {
                    if (pc >= end) {
                        fail();
                    }
                    long skip = skip(pc, end, 0);
                    int newpc = pc + (int) skip;
                    pc++;
                    if (pc + 3 > end) {
                        fail();
                    }
                    int flags = code[pc];
                    pc += 3;
                    if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) != 0) {
                        fail();
                    }
                    if ((flags & INFO_PREFIX) != 0 && (flags & INFO_CHARSET) != 0) {
                        fail();
                    }
                    if ((flags & INFO_LITERAL) != 0 && (flags & INFO_PREFIX) == 0) {
                        fail();
                    }
                    if ((flags & INFO_PREFIX) != 0) {
                        if (pc + 2 > end) {
                            fail();
                        }
                        long prefixLen = u(code[pc]);
                        pc += 2;
                        if (prefixLen > newpc - pc) {
                            fail();
                        }
                        pc += (int) prefixLen;
                        if (prefixLen > newpc - pc) {
                            fail();
                        }
                        for (int i = 0; i < prefixLen; i++) {
                            if (u(code[pc + i]) >= prefixLen) {
                                fail();
                            }
                        }
                        pc += (int) prefixLen;
                    }
                    if ((flags & INFO_CHARSET) != 0) {
                        charset(pc, newpc - 1);
                        if (code[newpc - 1] != FAILURE) {
                            fail();
                        }
                        pc = newpc;
                    } else if (pc != newpc) {
                        fail();
                    }
                    break;
                }
                case BRANCH: {
                    int target = -1;
                    for (;;) {
                        if (pc >= end) {
                            fail();
                        }
                        long skip = skip(pc, end, 0);
                        pc++;
                        if (skip == 0) {
                            break;
                        }
                        if (skip < 3) {
                            fail();
                        }
                        // each alternative ends with a JUMP to the common target
                        body(pc, pc + (int) skip - 3, groups);
                        pc += (int) skip - 3;
                        if (pc >= end || code[pc++] != JUMP) {
                            fail();
                        }
                        if (pc >= end) {
                            fail();
                        }
                        long jskip = skip(pc, end, 0);
                        pc++;
                        int t = pc + (int) jskip - 1;
                        if (target < 0) {
                            target = t;
                        } else if (t != target) {
                            fail();
                        }
                    }
                    if (pc != target) {
                        fail();
                    }
                    break;
                }
                case REPEAT_ONE:
                case MIN_REPEAT_ONE:
                case POSSESSIVE_REPEAT_ONE: {
                    if (pc + 3 > end) {
                        fail();
                    }
                    long skip = skip(pc, end, 0);
                    long min = u(code[pc + 1]);
                    long max = u(code[pc + 2]);
                    pc += 3;
                    if (min > max || max > MAXREPEAT || skip < 4) {
                        fail();
                    }
                    body(pc, pc + (int) skip - 4, groups);
                    pc += (int) skip - 4;
                    if (pc >= end || code[pc++] != SUCCESS) {
                        fail();
                    }
                    break;
                }
                case REPEAT:
                case POSSESSIVE_REPEAT: {
                    if (pc + 3 > end) {
                        fail();
                    }
                    long skip = skip(pc, end, 0);
                    long min = u(code[pc + 1]);
                    long max = u(code[pc + 2]);
                    pc += 3;
                    if (min > max || max > MAXREPEAT || skip < 3) {
                        fail();
                    }
                    body(pc, pc + (int) skip - 3, groups);
                    pc += (int) skip - 3;
                    if (pc >= end) {
                        fail();
                    }
                    int last = code[pc++];
                    if (op == POSSESSIVE_REPEAT ? last != SUCCESS : last != MAX_UNTIL && last != MIN_UNTIL) {
                        fail();
                    }
                    break;
                }
                case ATOMIC_GROUP: {
                    if (pc >= end) {
                        fail();
                    }
                    long skip = skip(pc, end, 0);
                    pc++;
                    if (skip < 2) {
                        fail();
                    }
                    body(pc, pc + (int) skip - 2, groups);
                    pc += (int) skip - 2;
                    if (pc >= end || code[pc++] != SUCCESS) {
                        fail();
                    }
                    break;
                }
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE:
                    if (pc >= end || u(code[pc]) >= groups) {
                        fail();
                    }
                    pc++;
                    break;
                case GROUPREF_EXISTS: {
                    // <GROUPREF_EXISTS> <group> <skip> then [<JUMP> <skip> else]; the skip counts
                    // from the group argument
                    if (pc >= end || u(code[pc]) >= groups) {
                        fail();
                    }
                    pc++;
                    if (pc >= end) {
                        fail();
                    }
                    long skip = skip(pc, end, 1);
                    pc++;
                    pc--;
                    if (skip < 1) {
                        fail();
                    }
                    int rc = inner(pc + 1, pc + (int) skip - 1, groups);
                    if (rc == 1) {
                        // a JUMP ends the then-part: an else-part follows it
                        pc += (int) skip - 2;
                        if (pc >= end) {
                            fail();
                        }
                        skip = skip(pc, end, 0);
                        pc++;
                        if (skip < 1) {
                            fail();
                        }
                        rc = inner(pc, pc + (int) skip - 1, groups);
                    }
                    if (rc != 0) {
                        fail();
                    }
                    pc += (int) skip - 1;
                    break;
                }
                case ASSERT:
                case ASSERT_NOT: {
                    if (pc + 2 > end) {
                        fail();
                    }
                    long skip = skip(pc, end, 0);
                    pc++;
                    pc++;
                    pc--;
                    // the sub-pattern runs from after <back> to skip-2, then SUCCESS
                    if (skip < 2) {
                        fail();
                    }
                    body(pc + 1, pc + (int) skip - 2, groups);
                    pc += (int) skip - 2;
                    if (pc >= end || code[pc++] != SUCCESS) {
                        fail();
                    }
                    break;
                }
                case JUMP:
                    if (pc + 1 != end) {
                        fail();
                    }
                    return 1;
                default:
                    fail();
            }
        }
        return 0;
    }
}
