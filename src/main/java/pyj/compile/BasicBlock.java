package pyj.compile;

import java.util.ArrayList;
import java.util.List;
import pyj.code.Opcode;

/** A basic block (compile.c's {@code basicblock}): instructions, the fall-through successor, flags. */
final class BasicBlock {
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    /** Allocation chain, newest first (b_list). */
    BasicBlock list;
    /** Layout order (b_next): the block that follows in the code, and the fall-through target. */
    BasicBlock next;
    boolean visited;
    boolean exit;
    boolean nofallthrough;
    boolean preserveLasti;
    int predecessors;
    int exceptPredecessors;
    int startDepth = Integer.MIN_VALUE;
    int offset;
    ExceptStack exceptStack;

    BasicBlock(int id) {
        this.id = id;
    }

    int size() {
        return instrs.size();
    }

    boolean isEmpty() {
        return instrs.isEmpty();
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    /** BB_HAS_FALLTHROUGH: control can reach b_next from the end of this block. */
    boolean hasFallthrough() {
        Instr l = last();
        if (l == null) {
            return true;
        }
        return !(l.op.isScopeExit() || l.op == Opcode.JUMP || l.op == Opcode.JUMP_NO_INTERRUPT
                || l.op == Opcode.JUMP_FORWARD || l.op == Opcode.JUMP_BACKWARD
                || l.op == Opcode.JUMP_BACKWARD_NO_INTERRUPT);
    }

    /** The handler stack at a block's entry (label_exception_targets). */
    static final class ExceptStack {
        final List<BasicBlock> handlers = new ArrayList<>();

        ExceptStack copy() {
            ExceptStack s = new ExceptStack();
            s.handlers.addAll(handlers);
            return s;
        }

        BasicBlock top() {
            return handlers.isEmpty() ? null : handlers.get(handlers.size() - 1);
        }
    }

    @Override
    public String toString() {
        return "B" + id + instrs;
    }
}
