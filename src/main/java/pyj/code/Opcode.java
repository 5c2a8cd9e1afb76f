package pyj.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * pyj's instruction set: CPython 3.11's, with the same names, numbers, argument conventions and
 * inline cache entries (see docs/adr/0001-cpython-311-instruction-set.md). This enum is the one
 * place that says, for every instruction, what it is; OpcodeTest checks every fact here against
 * python3's {@code opcode} and {@code dis} modules.
 *
 * <p>Three groups:
 * <ul>
 *   <li>real instructions (numbers 0..255) as the compiler emits them, from {@code Lib/opcode.py};
 *   <li>specialized (quickened) forms that the adaptive interpreter writes over a real instruction
 *       at run time; CPython 3.11 numbers them by filling its unused numbers in the order of
 *       {@code opcode._specialized_instructions}, which is what {@code dis} shows with
 *       {@code adaptive=True}. Each has a {@link #base()};
 *   <li>compile-time pseudo-instructions (SETUP_FINALLY, POP_BLOCK, direction-free jumps, ...),
 *       which the assembler removes or replaces. CPython 3.11's compiler numbers them -1..-10
 *       ({@link #cpythonNumber()}); pyj numbers them from 256 so that no pseudo-instruction can be
 *       mistaken for a byte of wordcode, and keeps CPython's number for comparison.
 * </ul>
 *
 * <p>Wordcode: each instruction is one 16-bit code unit (opcode byte, then argument byte),
 * preceded by EXTENDED_ARG units for arguments above 255 and followed by
 * {@link #cacheEntries()} CACHE units.
 */
public enum Opcode {
    // ---- real instructions, Lib/opcode.py order ----
    CACHE(0, 0, ArgKind.NONE, 0),
    POP_TOP(1, 0, ArgKind.NONE, 0),
    PUSH_NULL(2, 0, ArgKind.NONE, 0),
    NOP(9, 0, ArgKind.NONE, 0),
    UNARY_POSITIVE(10, 0, ArgKind.NONE, Flag.RAISES),
    UNARY_NEGATIVE(11, 0, ArgKind.NONE, Flag.RAISES),
    UNARY_NOT(12, 0, ArgKind.NONE, Flag.RAISES),
    UNARY_INVERT(15, 0, ArgKind.NONE, Flag.RAISES),
    BINARY_SUBSCR(25, 4, ArgKind.NONE, Flag.RAISES),
    GET_LEN(30, 0, ArgKind.NONE, Flag.RAISES),
    MATCH_MAPPING(31, 0, ArgKind.NONE, 0),
    MATCH_SEQUENCE(32, 0, ArgKind.NONE, 0),
    MATCH_KEYS(33, 0, ArgKind.NONE, Flag.RAISES),
    PUSH_EXC_INFO(35, 0, ArgKind.NONE, 0),
    CHECK_EXC_MATCH(36, 0, ArgKind.NONE, Flag.RAISES),
    CHECK_EG_MATCH(37, 0, ArgKind.NONE, Flag.RAISES),
    WITH_EXCEPT_START(49, 0, ArgKind.NONE, Flag.RAISES),
    GET_AITER(50, 0, ArgKind.NONE, Flag.RAISES),
    GET_ANEXT(51, 0, ArgKind.NONE, Flag.RAISES),
    BEFORE_ASYNC_WITH(52, 0, ArgKind.NONE, Flag.RAISES),
    BEFORE_WITH(53, 0, ArgKind.NONE, Flag.RAISES),
    END_ASYNC_FOR(54, 0, ArgKind.NONE, Flag.RAISES),
    STORE_SUBSCR(60, 1, ArgKind.NONE, Flag.RAISES),
    DELETE_SUBSCR(61, 0, ArgKind.NONE, Flag.RAISES),
    GET_ITER(68, 0, ArgKind.NONE, Flag.RAISES),
    GET_YIELD_FROM_ITER(69, 0, ArgKind.NONE, Flag.RAISES),
    PRINT_EXPR(70, 0, ArgKind.NONE, Flag.RAISES),
    LOAD_BUILD_CLASS(71, 0, ArgKind.NONE, Flag.RAISES),
    LOAD_ASSERTION_ERROR(74, 0, ArgKind.NONE, 0),
    RETURN_GENERATOR(75, 0, ArgKind.NONE, Flag.RAISES),
    LIST_TO_TUPLE(82, 0, ArgKind.NONE, Flag.RAISES),
    RETURN_VALUE(83, 0, ArgKind.NONE, Flag.SCOPE_EXIT),
    IMPORT_STAR(84, 0, ArgKind.NONE, Flag.RAISES),
    SETUP_ANNOTATIONS(85, 0, ArgKind.NONE, Flag.RAISES),
    YIELD_VALUE(86, 0, ArgKind.NONE, 0),
    ASYNC_GEN_WRAP(87, 0, ArgKind.NONE, Flag.RAISES),
    PREP_RERAISE_STAR(88, 0, ArgKind.NONE, Flag.RAISES),
    POP_EXCEPT(89, 0, ArgKind.NONE, 0),
    // Instructions from HAVE_ARGUMENT (90) on take an argument.
    STORE_NAME(90, 0, ArgKind.NAME, Flag.RAISES),
    DELETE_NAME(91, 0, ArgKind.NAME, Flag.RAISES),
    UNPACK_SEQUENCE(92, 1, ArgKind.NUMBER, Flag.RAISES),
    FOR_ITER(93, 0, ArgKind.JUMP_FORWARD, Flag.RAISES),
    UNPACK_EX(94, 0, ArgKind.NUMBER, Flag.RAISES),
    STORE_ATTR(95, 4, ArgKind.NAME, Flag.RAISES),
    DELETE_ATTR(96, 0, ArgKind.NAME, Flag.RAISES),
    STORE_GLOBAL(97, 0, ArgKind.NAME, Flag.RAISES),
    DELETE_GLOBAL(98, 0, ArgKind.NAME, Flag.RAISES),
    SWAP(99, 0, ArgKind.NUMBER, 0),
    LOAD_CONST(100, 0, ArgKind.CONST, 0),
    LOAD_NAME(101, 0, ArgKind.NAME, Flag.RAISES),
    BUILD_TUPLE(102, 0, ArgKind.NUMBER, Flag.RAISES),
    BUILD_LIST(103, 0, ArgKind.NUMBER, Flag.RAISES),
    BUILD_SET(104, 0, ArgKind.NUMBER, Flag.RAISES),
    BUILD_MAP(105, 0, ArgKind.NUMBER, Flag.RAISES),
    LOAD_ATTR(106, 4, ArgKind.NAME, Flag.RAISES),
    COMPARE_OP(107, 2, ArgKind.COMPARE, Flag.RAISES),
    IMPORT_NAME(108, 0, ArgKind.NAME, Flag.RAISES),
    IMPORT_FROM(109, 0, ArgKind.NAME, Flag.RAISES),
    JUMP_FORWARD(110, 0, ArgKind.JUMP_FORWARD, Flag.UNCONDITIONAL),
    JUMP_IF_FALSE_OR_POP(111, 0, ArgKind.JUMP_FORWARD, Flag.RAISES),
    JUMP_IF_TRUE_OR_POP(112, 0, ArgKind.JUMP_FORWARD, Flag.RAISES),
    POP_JUMP_FORWARD_IF_FALSE(114, 0, ArgKind.JUMP_FORWARD, Flag.RAISES),
    POP_JUMP_FORWARD_IF_TRUE(115, 0, ArgKind.JUMP_FORWARD, Flag.RAISES),
    /** Argument is {@code nameIndex << 1 | pushNull}. */
    LOAD_GLOBAL(116, 5, ArgKind.NAME, Flag.RAISES),
    IS_OP(117, 0, ArgKind.NUMBER, 0),
    CONTAINS_OP(118, 0, ArgKind.NUMBER, Flag.RAISES),
    RERAISE(119, 0, ArgKind.NUMBER, Flag.RAISES | Flag.SCOPE_EXIT),
    COPY(120, 0, ArgKind.NUMBER, 0),
    BINARY_OP(122, 1, ArgKind.BINARY_OP, Flag.RAISES),
    SEND(123, 0, ArgKind.JUMP_FORWARD, Flag.RAISES),
    LOAD_FAST(124, 0, ArgKind.LOCAL, Flag.RAISES),
    STORE_FAST(125, 0, ArgKind.LOCAL, 0),
    DELETE_FAST(126, 0, ArgKind.LOCAL, Flag.RAISES),
    POP_JUMP_FORWARD_IF_NOT_NONE(128, 0, ArgKind.JUMP_FORWARD, 0),
    POP_JUMP_FORWARD_IF_NONE(129, 0, ArgKind.JUMP_FORWARD, 0),
    RAISE_VARARGS(130, 0, ArgKind.NUMBER, Flag.RAISES | Flag.SCOPE_EXIT),
    GET_AWAITABLE(131, 0, ArgKind.NUMBER, Flag.RAISES),
    MAKE_FUNCTION(132, 0, ArgKind.MAKE_FUNCTION, Flag.RAISES),
    BUILD_SLICE(133, 0, ArgKind.NUMBER, Flag.RAISES),
    JUMP_BACKWARD_NO_INTERRUPT(134, 0, ArgKind.JUMP_BACKWARD, Flag.UNCONDITIONAL),
    MAKE_CELL(135, 0, ArgKind.FREE, Flag.RAISES),
    LOAD_CLOSURE(136, 0, ArgKind.FREE, Flag.RAISES),
    LOAD_DEREF(137, 0, ArgKind.FREE, Flag.RAISES),
    STORE_DEREF(138, 0, ArgKind.FREE, 0),
    DELETE_DEREF(139, 0, ArgKind.FREE, Flag.RAISES),
    // Checks the eval breaker, so a pending signal can raise here.
    JUMP_BACKWARD(140, 0, ArgKind.JUMP_BACKWARD, Flag.RAISES | Flag.UNCONDITIONAL),
    CALL_FUNCTION_EX(142, 0, ArgKind.NUMBER, Flag.RAISES),
    EXTENDED_ARG(144, 0, ArgKind.NUMBER, 0),
    LIST_APPEND(145, 0, ArgKind.NUMBER, Flag.RAISES),
    SET_ADD(146, 0, ArgKind.NUMBER, Flag.RAISES),
    MAP_ADD(147, 0, ArgKind.NUMBER, Flag.RAISES),
    LOAD_CLASSDEREF(148, 0, ArgKind.FREE, Flag.RAISES),
    COPY_FREE_VARS(149, 0, ArgKind.NUMBER, 0),
    // Checks the eval breaker.
    RESUME(151, 0, ArgKind.NUMBER, Flag.RAISES),
    MATCH_CLASS(152, 0, ArgKind.NUMBER, Flag.RAISES),
    FORMAT_VALUE(155, 0, ArgKind.FORMAT_VALUE, Flag.RAISES),
    BUILD_CONST_KEY_MAP(156, 0, ArgKind.NUMBER, Flag.RAISES),
    BUILD_STRING(157, 0, ArgKind.NUMBER, Flag.RAISES),
    LOAD_METHOD(160, 10, ArgKind.NAME, Flag.RAISES),
    LIST_EXTEND(162, 0, ArgKind.NUMBER, Flag.RAISES),
    SET_UPDATE(163, 0, ArgKind.NUMBER, Flag.RAISES),
    DICT_MERGE(164, 0, ArgKind.NUMBER, Flag.RAISES),
    DICT_UPDATE(165, 0, ArgKind.NUMBER, Flag.RAISES),
    PRECALL(166, 1, ArgKind.NUMBER, Flag.RAISES),
    CALL(171, 4, ArgKind.NUMBER, Flag.RAISES),
    /** Argument indexes co_consts (a tuple of keyword names); dis shows no value for it. */
    KW_NAMES(172, 0, ArgKind.CONST, 0),
    POP_JUMP_BACKWARD_IF_NOT_NONE(173, 0, ArgKind.JUMP_BACKWARD, 0),
    POP_JUMP_BACKWARD_IF_NONE(174, 0, ArgKind.JUMP_BACKWARD, 0),
    POP_JUMP_BACKWARD_IF_FALSE(175, 0, ArgKind.JUMP_BACKWARD, Flag.RAISES),
    POP_JUMP_BACKWARD_IF_TRUE(176, 0, ArgKind.JUMP_BACKWARD, Flag.RAISES),

    // ---- specialized forms (opcode._specializations), numbered as CPython 3.11 numbers them ----
    BINARY_OP_ADAPTIVE(3, BINARY_OP),
    BINARY_OP_ADD_FLOAT(4, BINARY_OP),
    BINARY_OP_ADD_INT(5, BINARY_OP),
    BINARY_OP_ADD_UNICODE(6, BINARY_OP),
    BINARY_OP_INPLACE_ADD_UNICODE(7, BINARY_OP),
    BINARY_OP_MULTIPLY_FLOAT(8, BINARY_OP),
    BINARY_OP_MULTIPLY_INT(13, BINARY_OP),
    BINARY_OP_SUBTRACT_FLOAT(14, BINARY_OP),
    BINARY_OP_SUBTRACT_INT(16, BINARY_OP),
    BINARY_SUBSCR_ADAPTIVE(17, BINARY_SUBSCR),
    BINARY_SUBSCR_DICT(18, BINARY_SUBSCR),
    BINARY_SUBSCR_GETITEM(19, BINARY_SUBSCR),
    BINARY_SUBSCR_LIST_INT(20, BINARY_SUBSCR),
    BINARY_SUBSCR_TUPLE_INT(21, BINARY_SUBSCR),
    CALL_ADAPTIVE(22, CALL),
    CALL_PY_EXACT_ARGS(23, CALL),
    CALL_PY_WITH_DEFAULTS(24, CALL),
    COMPARE_OP_ADAPTIVE(26, COMPARE_OP),
    COMPARE_OP_FLOAT_JUMP(27, COMPARE_OP),
    COMPARE_OP_INT_JUMP(28, COMPARE_OP),
    COMPARE_OP_STR_JUMP(29, COMPARE_OP),
    EXTENDED_ARG_QUICK(34, EXTENDED_ARG),
    JUMP_BACKWARD_QUICK(38, JUMP_BACKWARD),
    LOAD_ATTR_ADAPTIVE(39, LOAD_ATTR),
    LOAD_ATTR_INSTANCE_VALUE(40, LOAD_ATTR),
    LOAD_ATTR_MODULE(41, LOAD_ATTR),
    LOAD_ATTR_SLOT(42, LOAD_ATTR),
    LOAD_ATTR_WITH_HINT(43, LOAD_ATTR),
    LOAD_CONST__LOAD_FAST(44, LOAD_CONST),
    LOAD_FAST__LOAD_CONST(45, LOAD_FAST),
    LOAD_FAST__LOAD_FAST(46, LOAD_FAST),
    LOAD_GLOBAL_ADAPTIVE(47, LOAD_GLOBAL),
    LOAD_GLOBAL_BUILTIN(48, LOAD_GLOBAL),
    LOAD_GLOBAL_MODULE(55, LOAD_GLOBAL),
    LOAD_METHOD_ADAPTIVE(56, LOAD_METHOD),
    LOAD_METHOD_CLASS(57, LOAD_METHOD),
    LOAD_METHOD_MODULE(58, LOAD_METHOD),
    LOAD_METHOD_NO_DICT(59, LOAD_METHOD),
    LOAD_METHOD_WITH_DICT(62, LOAD_METHOD),
    LOAD_METHOD_WITH_VALUES(63, LOAD_METHOD),
    PRECALL_ADAPTIVE(64, PRECALL),
    PRECALL_BOUND_METHOD(65, PRECALL),
    PRECALL_BUILTIN_CLASS(66, PRECALL),
    PRECALL_BUILTIN_FAST_WITH_KEYWORDS(67, PRECALL),
    PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS(72, PRECALL),
    PRECALL_NO_KW_BUILTIN_FAST(73, PRECALL),
    PRECALL_NO_KW_BUILTIN_O(76, PRECALL),
    PRECALL_NO_KW_ISINSTANCE(77, PRECALL),
    PRECALL_NO_KW_LEN(78, PRECALL),
    PRECALL_NO_KW_LIST_APPEND(79, PRECALL),
    PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST(80, PRECALL),
    PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS(81, PRECALL),
    PRECALL_NO_KW_METHOD_DESCRIPTOR_O(113, PRECALL),
    PRECALL_NO_KW_STR_1(121, PRECALL),
    PRECALL_NO_KW_TUPLE_1(127, PRECALL),
    PRECALL_NO_KW_TYPE_1(141, PRECALL),
    PRECALL_PYFUNC(143, PRECALL),
    RESUME_QUICK(150, RESUME),
    STORE_ATTR_ADAPTIVE(153, STORE_ATTR),
    STORE_ATTR_INSTANCE_VALUE(154, STORE_ATTR),
    STORE_ATTR_SLOT(158, STORE_ATTR),
    STORE_ATTR_WITH_HINT(159, STORE_ATTR),
    STORE_FAST__LOAD_FAST(161, STORE_FAST),
    STORE_FAST__STORE_FAST(167, STORE_FAST),
    STORE_SUBSCR_ADAPTIVE(168, STORE_SUBSCR),
    STORE_SUBSCR_DICT(169, STORE_SUBSCR),
    STORE_SUBSCR_LIST_INT(170, STORE_SUBSCR),
    UNPACK_SEQUENCE_ADAPTIVE(177, UNPACK_SEQUENCE),
    UNPACK_SEQUENCE_LIST(178, UNPACK_SEQUENCE),
    UNPACK_SEQUENCE_TUPLE(179, UNPACK_SEQUENCE),
    UNPACK_SEQUENCE_TWO_TUPLE(180, UNPACK_SEQUENCE),

    // ---- compile-time pseudo-instructions: never in co_code ----
    /** Protects the following instructions with a handler (the target); no lasti. */
    SETUP_FINALLY(256, ArgKind.HANDLER, 0, -1),
    /** As SETUP_FINALLY, with lasti pushed for the handler. */
    SETUP_CLEANUP(257, ArgKind.HANDLER, 0, -2),
    /** As SETUP_CLEANUP, for the __exit__ handler of a with statement. */
    SETUP_WITH(258, ArgKind.HANDLER, 0, -3),
    /** Ends the innermost SETUP_* region. */
    POP_BLOCK(259, ArgKind.NONE, 0, -4),
    /** Unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD. */
    JUMP(260, ArgKind.JUMP_EITHER, Flag.RAISES | Flag.UNCONDITIONAL, -5),
    /** Becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT. */
    JUMP_NO_INTERRUPT(261, ArgKind.JUMP_EITHER, Flag.UNCONDITIONAL, -6),
    POP_JUMP_IF_FALSE(262, ArgKind.JUMP_EITHER, Flag.RAISES, -7),
    POP_JUMP_IF_TRUE(263, ArgKind.JUMP_EITHER, Flag.RAISES, -8),
    POP_JUMP_IF_NONE(264, ArgKind.JUMP_EITHER, 0, -9),
    POP_JUMP_IF_NOT_NONE(265, ArgKind.JUMP_EITHER, 0, -10);

    /** What an instruction's argument means. */
    public enum ArgKind {
        /** No argument (real instructions numbered below {@link #HAVE_ARGUMENT}, POP_BLOCK). */
        NONE,
        /** Index into co_consts (opcode.hasconst). */
        CONST,
        /** Index into co_names (opcode.hasname); for LOAD_GLOBAL the index shifted left by one. */
        NAME,
        /** Index into the fast locals (opcode.haslocal). */
        LOCAL,
        /** Index into localsplus naming a cell or free variable (opcode.hasfree). */
        FREE,
        /** Index into {@link #CMP_OP} (opcode.hascompare). */
        COMPARE,
        /** Forward jump: target = next instruction + arg code units (opcode.hasjrel). */
        JUMP_FORWARD,
        /** Backward jump: target = next instruction - arg code units (opcode.hasjrel). */
        JUMP_BACKWARD,
        /** Pseudo jump to a label; the assembler picks the forward or backward form. */
        JUMP_EITHER,
        /** Pseudo SETUP_*: the label of an exception handler, not a jump. */
        HANDLER,
        /** Index into {@link #NB_OPS}. */
        BINARY_OP,
        /** Conversion in the low two bits, 4 if a format spec is on the stack. */
        FORMAT_VALUE,
        /** Bits saying which of defaults, kwdefaults, annotations, closure are on the stack. */
        MAKE_FUNCTION,
        /** Any other number: a count, a depth, a flag. */
        NUMBER;

        public boolean isJump() {
            return this == JUMP_FORWARD || this == JUMP_BACKWARD || this == JUMP_EITHER;
        }
    }

    /** Bit flags of the table. */
    private static final class Flag {
        /** The instruction can raise (includes eval-breaker checks that can run a signal handler). */
        static final int RAISES = 1;
        /** Control never falls through to the next instruction by way of a jump. */
        static final int UNCONDITIONAL = 2;
        /** Leaves the frame (return or raise): nothing follows in the same block. */
        static final int SCOPE_EXIT = 4;
    }

    /** Number of the first instruction that takes an argument (real instructions only). */
    public static final int HAVE_ARGUMENT = 90;
    /** Comparison operators, indexed by COMPARE_OP's argument. */
    public static final List<String> CMP_OP = List.of("<", "<=", "==", "!=", ">", ">=");

    /** BINARY_OP's operators: (name, symbol), indexed by its argument. */
    public record NbOp(String name, String symbol) {}

    public static final List<NbOp> NB_OPS = List.of(
            new NbOp("NB_ADD", "+"), new NbOp("NB_AND", "&"), new NbOp("NB_FLOOR_DIVIDE", "//"),
            new NbOp("NB_LSHIFT", "<<"), new NbOp("NB_MATRIX_MULTIPLY", "@"), new NbOp("NB_MULTIPLY", "*"),
            new NbOp("NB_REMAINDER", "%"), new NbOp("NB_OR", "|"), new NbOp("NB_POWER", "**"),
            new NbOp("NB_RSHIFT", ">>"), new NbOp("NB_SUBTRACT", "-"), new NbOp("NB_TRUE_DIVIDE", "/"),
            new NbOp("NB_XOR", "^"), new NbOp("NB_INPLACE_ADD", "+="), new NbOp("NB_INPLACE_AND", "&="),
            new NbOp("NB_INPLACE_FLOOR_DIVIDE", "//="), new NbOp("NB_INPLACE_LSHIFT", "<<="),
            new NbOp("NB_INPLACE_MATRIX_MULTIPLY", "@="), new NbOp("NB_INPLACE_MULTIPLY", "*="),
            new NbOp("NB_INPLACE_REMAINDER", "%="), new NbOp("NB_INPLACE_OR", "|="),
            new NbOp("NB_INPLACE_POWER", "**="), new NbOp("NB_INPLACE_RSHIFT", ">>="),
            new NbOp("NB_INPLACE_SUBTRACT", "-="), new NbOp("NB_INPLACE_TRUE_DIVIDE", "/="),
            new NbOp("NB_INPLACE_XOR", "^="));

    /** FORMAT_VALUE's conversion names (dis's argrepr), indexed by {@code arg & 3}. */
    public static final List<String> FORMAT_VALUE_CONVERTERS = List.of("", "str", "repr", "ascii");
    /** MAKE_FUNCTION's flag names, bit i of the argument. */
    public static final List<String> MAKE_FUNCTION_FLAGS = List.of("defaults", "kwdefaults", "annotations", "closure");

    private final int number;
    private final int cpythonNumber;
    private final int cacheEntries;
    private final ArgKind argKind;
    private final int flags;
    private final Opcode base;

    /** A real instruction. */
    Opcode(int number, int cacheEntries, ArgKind argKind, int flags) {
        this.number = number;
        this.cpythonNumber = number;
        this.cacheEntries = cacheEntries;
        this.argKind = argKind;
        this.flags = flags;
        this.base = null;
    }

    /** A specialized form: everything but the number is its base instruction's. */
    Opcode(int number, Opcode base) {
        this.number = number;
        this.cpythonNumber = number;
        this.cacheEntries = base.cacheEntries;
        this.argKind = base.argKind;
        this.flags = base.flags;
        this.base = base;
    }

    /** A pseudo-instruction; {@code cpythonNumber} is its (negative) number in CPython 3.11's compiler. */
    Opcode(int number, ArgKind argKind, int flags, int cpythonNumber) {
        this.number = number;
        this.cpythonNumber = cpythonNumber;
        this.cacheEntries = 0;
        this.argKind = argKind;
        this.flags = flags;
        this.base = null;
    }

    private static final Opcode[] BY_NUMBER = new Opcode[266];
    private static final List<Opcode> REAL;

    static {
        List<Opcode> real = new ArrayList<>();
        for (Opcode op : values()) {
            if (BY_NUMBER[op.number] != null) {
                throw new ExceptionInInitializerError("duplicate opcode number " + op.number);
            }
            BY_NUMBER[op.number] = op;
            if (op.isReal()) {
                real.add(op);
            }
        }
        REAL = Collections.unmodifiableList(real);
    }

    /** The instruction numbered {@code number} (0..255 real or specialized, 256.. pseudo), or null. */
    public static Opcode of(int number) {
        return number >= 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
    }

    /** Looks an instruction up by name, as {@code opcode.opmap} (plus specialized and pseudo names). */
    public static Opcode byName(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The real (compiler-emitted) instructions, in definition order. */
    public static List<Opcode> realOpcodes() {
        return REAL;
    }

    /** pyj's number: the byte in co_code for real and specialized instructions, 256.. for pseudo ones. */
    public int number() {
        return number;
    }

    /** CPython 3.11's number: the same except for pseudo-instructions, which CPython numbers -1..-10. */
    public int cpythonNumber() {
        return cpythonNumber;
    }

    /** A compile-time-only instruction the assembler replaces. */
    public boolean isPseudo() {
        return number >= 256;
    }

    /** A specialized form written over {@link #base()} at run time. */
    public boolean isSpecialized() {
        return base != null;
    }

    /** Emitted by the compiler and found in co_code: neither pseudo nor specialized. */
    public boolean isReal() {
        return !isPseudo() && !isSpecialized();
    }

    /** The instruction a specialized form stands for ({@code dis.deoptmap}); itself otherwise. */
    public Opcode base() {
        return base == null ? this : base;
    }

    /** Whether the instruction uses its argument byte (the base's rule for specialized forms). */
    public boolean hasArg() {
        if (isPseudo()) {
            return argKind != ArgKind.NONE;
        }
        return base().number >= HAVE_ARGUMENT;
    }

    /** Inline CACHE code units that follow the instruction (opcode._inline_cache_entries). */
    public int cacheEntries() {
        return cacheEntries;
    }

    public ArgKind argKind() {
        return argKind;
    }

    /** Jumps (conditionally or not) at run time, or is a pseudo jump. SETUP_* are not jumps. */
    public boolean isJump() {
        return argKind.isJump();
    }

    /** Has a target label or offset: a jump or a SETUP_* handler. */
    public boolean hasTarget() {
        return argKind.isJump() || argKind == ArgKind.HANDLER;
    }

    public boolean isBackwardJump() {
        return argKind == ArgKind.JUMP_BACKWARD;
    }

    /** The next instruction never runs after this one by falling through. */
    public boolean isUnconditionalJump() {
        return (flags & Flag.UNCONDITIONAL) != 0;
    }

    /** Leaves the frame: RETURN_VALUE, RAISE_VARARGS, RERAISE. */
    public boolean isScopeExit() {
        return (flags & Flag.SCOPE_EXIT) != 0;
    }

    /** The instruction can raise an exception (pyj's judgment from CPython 3.11's ceval.c error exits). */
    public boolean canRaise() {
        return (flags & Flag.RAISES) != 0;
    }

    /** Code units the instruction occupies with argument {@code oparg}: EXTENDED_ARGs, itself, caches. */
    public int size(int oparg) {
        int extended = oparg < 0 ? 3 : oparg >= 1 << 24 ? 3 : oparg >= 1 << 16 ? 2 : oparg >= 1 << 8 ? 1 : 0;
        return extended + 1 + cacheEntries;
    }

    /**
     * Net change of the value stack depth, as {@code dis.stack_effect(op, arg, jump=jump)} gives in
     * CPython 3.11: {@code jump} selects the effect when the jump (or, for SETUP_*, the exception
     * handler) is taken. The argument is ignored by instructions without one. Specialized forms
     * have no effect of their own (CPython rejects them too): ask {@link #base()}.
     *
     * @throws IllegalArgumentException for a specialized form
     */
    public int stackEffect(int oparg, boolean jump) {
        return switch (this) {
            case CACHE, NOP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
                    CHECK_EXC_MATCH, CHECK_EG_MATCH, GET_AITER, GET_ITER, GET_YIELD_FROM_ITER,
                    RETURN_GENERATOR, LIST_TO_TUPLE, SETUP_ANNOTATIONS, YIELD_VALUE, ASYNC_GEN_WRAP,
                    DELETE_NAME, DELETE_GLOBAL, SWAP, LOAD_ATTR, JUMP_FORWARD, DELETE_FAST,
                    GET_AWAITABLE, JUMP_BACKWARD_NO_INTERRUPT, MAKE_CELL, DELETE_DEREF, JUMP_BACKWARD,
                    EXTENDED_ARG, COPY_FREE_VARS, RESUME, KW_NAMES,
                    POP_BLOCK, JUMP, JUMP_NO_INTERRUPT -> 0;
            case PUSH_NULL, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, PUSH_EXC_INFO,
                    WITH_EXCEPT_START, GET_ANEXT, BEFORE_ASYNC_WITH, BEFORE_WITH, LOAD_BUILD_CLASS,
                    LOAD_ASSERTION_ERROR, LOAD_CONST, LOAD_NAME, IMPORT_FROM, COPY, LOAD_FAST,
                    LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_METHOD -> 1;
            case POP_TOP, BINARY_SUBSCR, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR, PREP_RERAISE_STAR,
                    POP_EXCEPT, STORE_NAME, DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IMPORT_NAME,
                    POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NOT_NONE,
                    POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE,
                    POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE, IS_OP, CONTAINS_OP, RERAISE,
                    BINARY_OP, STORE_FAST, STORE_DEREF, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE,
                    DICT_MERGE, DICT_UPDATE, CALL,
                    POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> -1;
            case END_ASYNC_FOR, DELETE_SUBSCR, STORE_ATTR, MAP_ADD, MATCH_CLASS -> -2;
            case STORE_SUBSCR -> -3;
            case UNPACK_SEQUENCE -> oparg - 1;
            case UNPACK_EX -> (oparg & 0xff) + (oparg >> 8);
            // The iterator is popped when the loop ends (the jump), a value pushed otherwise.
            case FOR_ITER -> jump ? -1 : 1;
            case SEND -> jump ? -1 : 0;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case LOAD_GLOBAL -> 1 + (oparg & 1);
            case RAISE_VARARGS, BUILD_CONST_KEY_MAP, PRECALL -> -oparg;
            case MAKE_FUNCTION -> -Integer.bitCount(oparg & 0xf);
            case BUILD_SLICE -> oparg == 3 ? -2 : -1;
            case CALL_FUNCTION_EX -> -2 - (oparg & 1);
            case FORMAT_VALUE -> (oparg & 4) != 0 ? -1 : 0;
            // On an exception the handler gets the stack as it was at the SETUP plus what is pushed:
            // the exception (and for CLEANUP the saved lasti); nothing changes on the normal path.
            case SETUP_FINALLY, SETUP_WITH -> jump ? 1 : 0;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            default -> throw new IllegalArgumentException(name() + " has no stack effect of its own; use base()");
        };
    }

    /** {@code dis.stack_effect(op, arg)} with jump unspecified: the larger of the two effects. */
    public int maxStackEffect(int oparg) {
        return Math.max(stackEffect(oparg, true), stackEffect(oparg, false));
    }
}
