package pyj.compile;

import static pyj.code.Opcode.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import pyj.code.CodeConstants;
import pyj.code.ExceptionTable;
import pyj.code.LocationTable;
import pyj.code.Opcode;
import pyj.code.PyCode;

/**
 * From a finished {@link CompilerUnit}'s control-flow graph to a {@link PyCode}, in the order of
 * CPython 3.11's {@code assemble()}: block normalization, prefix instructions (COPY_FREE_VARS,
 * MAKE_CELL, RETURN_GENERATOR), cell offsets, {@code optimize_cfg}, duplicated exits, unused
 * constants, line numbers, stack depth, exception labelling (the SETUP_* and POP_BLOCK
 * pseudo-instructions become NOPs, then vanish), jump direction, jump offsets with EXTENDED_ARG,
 * then the bytes, the location table and the exception table.
 */
final class Assembler {
    private static final int MAX_COPY_SIZE = 4;

    private final CompilerUnit u;
    private final String filename;
    private final int flags;
    private BasicBlock entry;
    private List<Object> consts;

    Assembler(CompilerUnit u, String filename, int flags) {
        this.u = u;
        this.filename = filename;
        this.flags = flags;
    }

    PyCode assemble() {
        for (BasicBlock b = u.blocks; b != null; b = b.list) {
            normalizeBasicBlock(b);
        }
        // 3.11's assemble() extends blocks once before optimize_cfg too (which does it again).
        for (BasicBlock b = u.blocks; b != null; b = b.list) {
            extendBlock(b);
        }
        entry = u.entryBlock();
        List<String> varnames = new ArrayList<>(u.varnames.keySet());
        List<String> cellvars = new ArrayList<>(u.cellvars.keySet());
        List<String> freevars = new ArrayList<>(u.freevars.keySet());
        int[] derefOffsets = derefOffsets(varnames, cellvars, freevars);
        insertPrefixInstructions(derefOffsets, cellvars.size(), freevars.size());
        fixCellOffsets(derefOffsets);
        consts = new ArrayList<>(u.consts);
        optimizeCfg();
        duplicateExitsWithoutLineno();
        trimUnusedConsts();
        propagateLineNumbers();
        guaranteeLinenoForExits();
        int maxdepth = stackdepth();
        labelExceptionTargets();
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.isBlockPush() || i.op == POP_BLOCK) {
                    i.op = NOP;
                    i.arg = 0;
                    i.target = null;
                }
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            cleanBasicBlock(b);
        }
        normalizeJumps();
        assembleJumpOffsets();
        return makeCode(maxdepth, varnames, cellvars, freevars);
    }

    // ------------------------------------------------------------ block structure

    private static void normalizeBasicBlock(BasicBlock b) {
        for (int i = 0; i < b.size(); i++) {
            Instr ins = b.instrs.get(i);
            boolean jump = ins.isJump();
            boolean exit = ins.op.isScopeExit();
            if ((jump || exit) && i != b.size() - 1) {
                throw new IllegalStateException("malformed control flow graph: " + b);
            }
            if (jump) {
                while (ins.target.isEmpty()) {
                    ins.target = ins.target.next;
                }
            }
            if (exit) {
                b.exit = true;
                b.nofallthrough = true;
            } else if (ins.op == JUMP || ins.op == JUMP_NO_INTERRUPT) {
                b.nofallthrough = true;
            }
        }
    }

    /** Where each cell (by cellvars index) and free variable (after the cells) lives in localsplus. */
    private static int[] derefOffsets(List<String> varnames, List<String> cellvars, List<String> freevars) {
        int[] off = new int[cellvars.size() + freevars.size()];
        int nlocals = varnames.size();
        int extra = 0;
        for (int i = 0; i < cellvars.size(); i++) {
            int v = varnames.indexOf(cellvars.get(i));
            off[i] = v >= 0 ? v : nlocals + extra++;
        }
        for (int j = 0; j < freevars.size(); j++) {
            off[cellvars.size() + j] = nlocals + extra + j;
        }
        return off;
    }

    /** insert_prefix_instructions */
    private void insertPrefixInstructions(int[] derefOffsets, int ncells, int nfrees) {
        List<Instr> prefix = new ArrayList<>();
        if ((flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) != 0) {
            entry.instrs.add(0, new Instr(RETURN_GENERATOR, 0, null, u.firstlineno, u.firstlineno, -1, -1));
            entry.instrs.add(1, new Instr(POP_TOP, 0, null, -1, -1, -1, -1));
        }
        if (ncells > 0) {
            // MAKE_CELL in localsplus order; the argument is the cell index until fixCellOffsets.
            Integer[] order = new Integer[ncells];
            for (int i = 0; i < ncells; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Integer.compare(derefOffsets[a], derefOffsets[b]));
            for (int i : order) {
                prefix.add(new Instr(MAKE_CELL, i, null, -1, -1, -1, -1));
            }
        }
        if (nfrees > 0) {
            prefix.add(0, new Instr(COPY_FREE_VARS, nfrees, null, -1, -1, -1, -1));
        }
        entry.instrs.addAll(0, prefix);
    }

    private void fixCellOffsets(int[] derefOffsets) {
        for (BasicBlock b = u.blocks; b != null; b = b.list) {
            for (Instr i : b.instrs) {
                switch (i.op) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF ->
                            i.arg = derefOffsets[i.arg];
                    default -> { }
                }
            }
        }
    }

    // ------------------------------------------------------------ optimize_cfg

    private void optimizeCfg() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            optimizeBasicBlock(b);
            cleanBasicBlock(b);
        }
        for (BasicBlock b = u.blocks; b != null; b = b.list) {
            extendBlock(b);
        }
        markReachable();
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.nofallthrough = false;
            }
        }
        eliminateEmptyBasicBlocks();
        for (BasicBlock b = entry; b != null; b = b.next) {
            cleanBasicBlock(b);
        }
        boolean maybeEmpty = false;
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && (last.op == JUMP || last.op == JUMP_NO_INTERRUPT) && last.target == b.next) {
                b.nofallthrough = false;
                last.op = NOP;
                last.target = null;
                maybeEmpty = true;
            }
        }
        if (maybeEmpty) {
            eliminateEmptyBasicBlocks();
        }
    }

    private Object constValue(Instr i) {
        return consts.get(i.arg);
    }

    private static boolean isTrue(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case java.math.BigInteger i -> i.signum() != 0;
            case Double d -> d != 0.0;
            case pyj.parse.ast.Constants.Imaginary j -> j.imag() != 0.0;
            case CodeConstants.Complex c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case pyj.parse.ast.Constants.CodePointStr s -> s.codePoints().length > 0;
            case pyj.parse.ast.Constants.Bytes b -> b.value().length > 0;
            case pyj.parse.ast.Constants.Singleton s -> s == pyj.parse.ast.Constants.Singleton.ELLIPSIS;
            case CodeConstants.Tuple t -> !t.items().isEmpty();
            case CodeConstants.FrozenSet f -> !f.items().isEmpty();
            default -> true;
        };
    }

    /** add_const: the index of an equal constant, appending it if new. */
    private int addConst(Object v) {
        Object key = ConstKey.of(v);
        for (int i = 0; i < consts.size(); i++) {
            if (ConstKey.of(consts.get(i)).equals(key)) {
                return i;
            }
        }
        consts.add(v);
        return consts.size() - 1;
    }

    /** optimize_basic_block: the peephole optimizations of CPython 3.11. */
    private void optimizeBasicBlock(BasicBlock bb) {
        List<Instr> in = bb.instrs;
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            int oparg = inst.arg;
            Opcode nextop = i + 1 < in.size() ? in.get(i + 1).op : null;
            Instr target = null;
            if (inst.isJump() || inst.isBlockPush()) {
                while (inst.target.isEmpty()) {
                    inst.target = inst.target.next;
                }
                target = inst.target.instrs.get(0);
            }
            Opcode top = target == null ? NOP : target.op;
            switch (inst.op) {
                case LOAD_CONST -> {
                    if (nextop == POP_JUMP_IF_FALSE || nextop == POP_JUMP_IF_TRUE) {
                        boolean t = isTrue(constValue(inst));
                        inst.op = NOP;
                        boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                        if (t == jumpIfTrue) {
                            in.get(i + 1).op = JUMP;
                            bb.nofallthrough = true;
                        } else {
                            in.get(i + 1).op = NOP;
                            in.get(i + 1).target = null;
                        }
                    } else if (nextop == JUMP_IF_FALSE_OR_POP || nextop == JUMP_IF_TRUE_OR_POP) {
                        boolean t = isTrue(constValue(inst));
                        boolean jumpIfTrue = nextop == JUMP_IF_TRUE_OR_POP;
                        if (t == jumpIfTrue) {
                            in.get(i + 1).op = JUMP;
                            bb.nofallthrough = true;
                        } else {
                            inst.op = NOP;
                            in.get(i + 1).op = NOP;
                            in.get(i + 1).target = null;
                        }
                    } else if (nextop == IS_OP) {
                        Object cnt = constValue(inst);
                        Opcode jumpOp = i + 2 < in.size() ? in.get(i + 2).op : null;
                        if (cnt == pyj.parse.ast.Constants.Singleton.NONE
                                && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE)) {
                            int nextarg = in.get(i + 1).arg;
                            inst.op = NOP;
                            in.get(i + 1).op = NOP;
                            in.get(i + 2).op = ((nextarg != 0) ^ (jumpOp == POP_JUMP_IF_FALSE))
                                    ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                        }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == in.get(i + 1).arg) {
                        if (oparg == 1) {
                            inst.op = NOP;
                            in.get(i + 1).op = NOP;
                            continue;
                        }
                        if (oparg == 2 || oparg == 3) {
                            inst.op = NOP;
                            in.get(i + 1).op = SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(in, i - oparg, oparg);
                    }
                }
                case JUMP_IF_FALSE_OR_POP -> {
                    switch (top) {
                        case POP_JUMP_IF_FALSE -> i -= jumpThread(inst, target, POP_JUMP_IF_FALSE);
                        case JUMP, JUMP_IF_FALSE_OR_POP -> i -= jumpThread(inst, target, JUMP_IF_FALSE_OR_POP);
                        case JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_TRUE -> {
                            if (inst.lineno == target.lineno) {
                                inst.op = POP_JUMP_IF_FALSE;
                                inst.target = inst.target.next;
                                i--;
                            }
                        }
                        default -> { }
                    }
                }
                case JUMP_IF_TRUE_OR_POP -> {
                    switch (top) {
                        case POP_JUMP_IF_TRUE -> i -= jumpThread(inst, target, POP_JUMP_IF_TRUE);
                        case JUMP, JUMP_IF_TRUE_OR_POP -> i -= jumpThread(inst, target, JUMP_IF_TRUE_OR_POP);
                        case JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_FALSE -> {
                            if (inst.lineno == target.lineno) {
                                inst.op = POP_JUMP_IF_TRUE;
                                inst.target = inst.target.next;
                                i--;
                            }
                        }
                        default -> { }
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP -> {
                    if (top == JUMP) {
                        i -= jumpThread(inst, target, inst.op);
                    }
                }
                case SWAP -> {
                    if (oparg == 1) {
                        inst.op = NOP;
                        break;
                    }
                    i = swaptimize(in, i);
                    applyStaticSwaps(in, i);
                }
                case PUSH_NULL -> {
                    if (nextop == LOAD_GLOBAL && (in.get(i + 1).arg & 1) == 0) {
                        inst.op = NOP;
                        inst.arg = 0;
                        in.get(i + 1).arg |= 1;
                    }
                }
                default -> { }
            }
        }
    }

    private static int jumpThread(Instr inst, Instr target, Opcode op) {
        if (inst.lineno == target.lineno && inst.target != target.target) {
            inst.target = target.target;
            inst.op = op;
            return 1;
        }
        return 0;
    }

    private void foldTupleOnConstants(List<Instr> in, int start, int n) {
        for (int i = 0; i < n; i++) {
            if (in.get(start + i).op != LOAD_CONST) {
                return;
            }
        }
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(consts.get(in.get(start + i).arg));
        }
        int index = addConst(new CodeConstants.Tuple(items));
        for (int i = 0; i < n; i++) {
            in.get(start + i).op = NOP;
        }
        Instr b = in.get(start + n);
        b.op = LOAD_CONST;
        b.arg = index;
    }

    /** swaptimize: replaces a run of SWAPs (and NOPs) with the shortest equivalent; returns the new index. */
    private static int swaptimize(List<Instr> in, int ix) {
        int depth = in.get(ix).arg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            Opcode op = in.get(ix + len).op;
            if (op == SWAP) {
                depth = Math.max(depth, in.get(ix + len).arg);
                more = true;
            } else if (op != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr x = in.get(ix + i);
            if (x.op == SWAP) {
                int t = stack[0];
                stack[0] = stack[x.arg - 1];
                stack[x.arg - 1] = t;
            }
        }
        final int visited = -1;
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr x = in.get(ix + current--);
                    x.op = SWAP;
                    x.arg = j + 1;
                }
                if (stack[j] == visited) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (current >= 0) {
            Instr x = in.get(ix + current--);
            x.op = NOP;
            x.arg = 0;
        }
        return ix + len - 1;
    }

    private static boolean swappable(Opcode op) {
        return op == STORE_FAST || op == POP_TOP;
    }

    private static int nextSwappable(List<Instr> in, int i, int lineno) {
        while (++i < in.size()) {
            Instr x = in.get(i);
            if (lineno >= 0 && x.lineno != lineno) {
                return -1;
            }
            if (x.op == NOP) {
                continue;
            }
            if (swappable(x.op)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    private static int storesTo(Instr i) {
        return i.op == STORE_FAST ? i.arg : -1;
    }

    private static void applyStaticSwaps(List<Instr> in, int i) {
        for (; i >= 0; i--) {
            Instr swap = in.get(i);
            if (swap.op != SWAP) {
                if (swap.op == NOP || swappable(swap.op)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(in, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = in.get(j).lineno;
            for (int count = swap.arg - 1; count > 0; count--) {
                k = nextSwappable(in, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            // Not safe if the two stores, or one of them and a store between, hit the same local
            // (a, a = x, y must leave y in a).
            int storeJ = storesTo(in.get(j));
            int storeK = storesTo(in.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(in.get(idx));
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) {
                        return;
                    }
                }
            }
            swap.op = NOP;
            swap.arg = 0;
            Instr t = in.get(j);
            in.set(j, in.get(k));
            in.set(k, t);
        }
    }

    /** clean_basic_block: removes NOPs that carry no line of their own. */
    private static void cleanBasicBlock(BasicBlock bb) {
        List<Instr> in = bb.instrs;
        List<Instr> out = new ArrayList<>(in.size());
        int prevLineno = -1;
        for (int src = 0; src < in.size(); src++) {
            Instr x = in.get(src);
            int lineno = x.lineno;
            if (x.op == NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < in.size() - 1) {
                    int nextLineno = in.get(src + 1).lineno;
                    if (nextLineno < 0 || nextLineno == lineno) {
                        if (nextLineno < 0) {
                            in.get(src + 1).copyLocFrom(x);
                        }
                        continue;
                    }
                } else {
                    BasicBlock next = bb.next;
                    while (next != null && next.isEmpty()) {
                        next = next.next;
                    }
                    if (next != null && lineno == next.instrs.get(0).lineno) {
                        continue;
                    }
                }
            }
            out.add(x);
            prevLineno = lineno;
        }
        in.clear();
        in.addAll(out);
    }

    /** extend_block: a jump to a short exit block is replaced by a copy of that block. */
    private static void extendBlock(BasicBlock bb) {
        Instr last = bb.last();
        if (last == null || (last.op != JUMP && last.op != JUMP_FORWARD && last.op != JUMP_BACKWARD)) {
            return;
        }
        BasicBlock t = last.target;
        if (t.exit && t.size() <= MAX_COPY_SIZE) {
            for (Instr x : t.instrs) {
                if (x.lineno > 0) {
                    return; // only blocks without a line (the implicit 'return None') are copied
                }
            }
            last.op = NOP;
            last.target = null;
            for (Instr x : t.instrs) {
                bb.instrs.add(x.copy());
            }
            bb.exit = true;
        }
    }

    private void markReachable() {
        Deque<BasicBlock> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        stack.push(entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = true;
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) {
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr ins : b.instrs) {
                if (ins.isJump() || ins.isBlockPush()) {
                    BasicBlock target = ins.target;
                    if (!target.visited) {
                        stack.push(target);
                    }
                    target.predecessors++;
                    if (ins.isBlockPush()) {
                        target.exceptPredecessors++;
                    }
                }
            }
        }
    }

    private void eliminateEmptyBasicBlocks() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            BasicBlock next = b.next;
            if (next != null) {
                while (next.isEmpty() && next.next != null) {
                    next = next.next;
                }
                b.next = next;
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && last.isJump()) {
                BasicBlock t = last.target;
                while (t.isEmpty()) {
                    t = t.next;
                }
                last.target = t;
            }
        }
    }

    private static boolean isExitWithoutLineno(BasicBlock b) {
        if (!b.exit) {
            return false;
        }
        for (Instr i : b.instrs) {
            if (i.lineno >= 0) {
                return false;
            }
        }
        return true;
    }

    private BasicBlock copyBlock(BasicBlock block) {
        BasicBlock r = u.newBlock();
        for (Instr i : block.instrs) {
            r.instrs.add(i.copy());
        }
        r.exit = block.exit;
        r.nofallthrough = true;
        return r;
    }

    /** duplicate_exits_without_lineno */
    private void duplicateExitsWithoutLineno() {
        for (BasicBlock b = u.blocks; b != null; b = b.list) {
            Instr last = b.last();
            if (last != null && last.isJump()) {
                BasicBlock target = last.target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    BasicBlock nt = copyBlock(target);
                    nt.instrs.get(0).copyLocFrom(last);
                    last.target = nt;
                    target.predecessors--;
                    nt.predecessors = 1;
                    nt.next = target.next;
                    target.next = nt;
                }
            }
        }
        for (BasicBlock b = u.blocks; b != null; b = b.list) {
            while (b.next != null && b.next.isEmpty()) {
                b.next = b.next.next;
            }
        }
        for (BasicBlock b = u.blocks; b != null; b = b.list) {
            if (b.hasFallthrough() && b.next != null && !b.isEmpty()) {
                if (isExitWithoutLineno(b.next)) {
                    b.next.instrs.get(0).copyLocFrom(b.last());
                }
            }
        }
    }

    private void trimUnusedConsts() {
        int max = 0;
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if ((i.op == LOAD_CONST || i.op == KW_NAMES) && i.arg > max) {
                    max = i.arg;
                }
            }
        }
        while (consts.size() > max + 1) {
            consts.remove(consts.size() - 1);
        }
    }

    private void propagateLineNumbers() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Instr prev = new Instr(NOP, 0, null, -1, -1, -1, -1);
            for (Instr i : b.instrs) {
                if (i.lineno < 0) {
                    i.copyLocFrom(prev);
                } else {
                    prev = i;
                }
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1) {
                Instr first = b.next.instrs.get(0);
                if (first.lineno < 0) {
                    first.copyLocFrom(prev);
                }
            }
            Instr last = b.last();
            if (last.isJump()) {
                BasicBlock t = last.target;
                if (t.predecessors == 1) {
                    Instr first = t.instrs.get(0);
                    if (first.lineno < 0) {
                        first.copyLocFrom(prev);
                    }
                }
            }
        }
    }

    private void guaranteeLinenoForExits() {
        int lineno = u.firstlineno;
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Instr last = b.last();
            if (last.lineno < 0) {
                if (last.op == RETURN_VALUE) {
                    for (Instr i : b.instrs) {
                        i.lineno = lineno;
                    }
                }
            } else {
                lineno = last.lineno;
            }
        }
    }

    // ------------------------------------------------------------ stack depth and handlers

    private static int effect(Instr i, boolean jump) {
        if (i.op == RETURN_GENERATOR) {
            return 1; // what the first resume sees; CPython counts it before adding the prologue
        }
        return i.op.stackEffect(i.arg, jump);
    }

    private int stackdepth() {
        for (BasicBlock b = u.blocks; b != null; b = b.list) {
            b.startDepth = Integer.MIN_VALUE;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        int[] max = {0};
        push(stack, entry, 0);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instr ins : b.instrs) {
                int newDepth = depth + effect(ins, false);
                if (newDepth > max[0]) {
                    max[0] = newDepth;
                }
                if (ins.isJump() || ins.isBlockPush()) {
                    int targetDepth = depth + effect(ins, true);
                    if (targetDepth > max[0]) {
                        max[0] = targetDepth;
                    }
                    push(stack, ins.target, targetDepth);
                }
                depth = newDepth;
                if (ins.op == JUMP_NO_INTERRUPT || ins.op == JUMP || ins.op == RETURN_VALUE
                        || ins.op == RAISE_VARARGS || ins.op == RERAISE) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return max[0];
    }

    private static void push(Deque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    /** label_exception_targets: the innermost handler of every instruction. */
    private void labelExceptionTargets() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        Deque<BasicBlock> todo = new ArrayDeque<>();
        entry.visited = true;
        entry.exceptStack = new BasicBlock.ExceptStack();
        todo.push(entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            BasicBlock.ExceptStack es = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = es.top();
            for (Instr ins : b.instrs) {
                if (ins.isBlockPush()) {
                    if (!ins.target.visited) {
                        ins.target.visited = true;
                        ins.target.exceptStack = es.copy();
                        todo.push(ins.target);
                    }
                    if (ins.op == SETUP_WITH || ins.op == SETUP_CLEANUP) {
                        ins.target.preserveLasti = true;
                    }
                    es.handlers.add(ins.target);
                    handler = ins.target;
                } else if (ins.op == POP_BLOCK) {
                    es.handlers.remove(es.handlers.size() - 1);
                    handler = es.top();
                } else if (ins.isJump()) {
                    ins.except = handler;
                    if (!ins.target.visited) {
                        ins.target.visited = true;
                        if (b.hasFallthrough()) {
                            ins.target.exceptStack = es.copy();
                        } else {
                            ins.target.exceptStack = es;
                            es = null;
                        }
                        todo.push(ins.target);
                    }
                } else {
                    ins.except = handler;
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                b.next.exceptStack = es;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    private void normalizeJumps() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !last.isJump()) {
                continue;
            }
            boolean forward = !last.target.visited;
            switch (last.op) {
                case JUMP -> last.op = forward ? JUMP_FORWARD : JUMP_BACKWARD;
                case JUMP_NO_INTERRUPT -> last.op = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                case POP_JUMP_IF_NOT_NONE -> last.op = forward ? POP_JUMP_FORWARD_IF_NOT_NONE
                        : POP_JUMP_BACKWARD_IF_NOT_NONE;
                case POP_JUMP_IF_NONE -> last.op = forward ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
                case POP_JUMP_IF_FALSE -> last.op = forward ? POP_JUMP_FORWARD_IF_FALSE
                        : POP_JUMP_BACKWARD_IF_FALSE;
                case POP_JUMP_IF_TRUE -> last.op = forward ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
                default -> { }
            }
        }
    }

    private static int size(Instr i) {
        return i.op.size(i.op.hasArg() ? i.arg : 0);
    }

    private void assembleJumpOffsets() {
        boolean again;
        do {
            int tot = 0;
            for (BasicBlock b = entry; b != null; b = b.next) {
                b.offset = tot;
                for (Instr i : b.instrs) {
                    tot += size(i);
                }
            }
            again = false;
            for (BasicBlock b = entry; b != null; b = b.next) {
                int off = b.offset;
                for (Instr i : b.instrs) {
                    int isize = size(i);
                    off += isize;
                    if (i.isJump()) {
                        int t = i.target.offset;
                        if (i.op.isBackwardJump()) {
                            i.arg = off - t;
                        } else {
                            i.arg = t - off;
                        }
                        if (i.arg < 0) {
                            throw new IllegalStateException(i.op + " cannot jump backwards in " + u.qualname);
                        }
                        if (size(i) != isize) {
                            again = true;
                        }
                    }
                }
            }
        } while (again);
    }

    // ------------------------------------------------------------ output

    private PyCode makeCode(int maxdepth, List<String> varnames, List<String> cellvars, List<String> freevars) {
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        LocationTable.Encoder loc = new LocationTable.Encoder(u.firstlineno);
        List<ExceptionTable.Entry> exc = new ArrayList<>();
        BasicBlock handler = null;
        int start = -1;
        int off = 0;
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                int arg = i.op.hasArg() ? i.arg : 0;
                int sz = size(i);
                if (i.except != handler) {
                    if (handler != null) {
                        exc.add(entryFor(start, off, handler));
                    }
                    start = off;
                    handler = i.except;
                }
                int ext = sz - 1 - i.op.cacheEntries();
                for (int k = ext; k > 0; k--) {
                    code.write(EXTENDED_ARG.number());
                    code.write((arg >>> (8 * k)) & 0xff);
                }
                code.write(i.op.number());
                code.write(arg & 0xff);
                for (int k = 0; k < i.op.cacheEntries(); k++) {
                    code.write(0);
                    code.write(0);
                }
                loc.add(sz, i.lineno < 0 ? LocationTable.Location.NONE
                        : new LocationTable.Location(i.lineno, i.endLineno, i.col, i.endCol));
                off += sz;
            }
        }
        if (handler != null) {
            exc.add(entryFor(start, off, handler));
        }
        return PyCode.of(u.argcount + u.posonlyargcount, u.posonlyargcount, u.kwonlyargcount, maxdepth, flags, code.toByteArray(),
                consts, new ArrayList<>(u.names.keySet()), varnames, filename, u.name, u.qualname, u.firstlineno,
                loc.toByteArray(), ExceptionTable.encode(exc), freevars, cellvars);
    }

    private static ExceptionTable.Entry entryFor(int start, int end, BasicBlock handler) {
        int depth = handler.startDepth - 1;
        if (handler.preserveLasti) {
            depth--;
        }
        return new ExceptionTable.Entry(start, end, handler.offset, depth, handler.preserveLasti);
    }
}
