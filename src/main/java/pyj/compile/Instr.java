package pyj.compile;

import pyj.code.Opcode;

/** One instruction of the control-flow graph (compile.c's {@code struct instr}). */
final class Instr {
    Opcode op;
    int arg;
    /** Jump target or SETUP_* handler; null otherwise. */
    BasicBlock target;
    /** The innermost handler covering this instruction, set by the assembler's exception labelling. */
    BasicBlock except;
    int lineno;
    int endLineno;
    int col;
    int endCol;

    Instr(Opcode op, int arg, BasicBlock target, int lineno, int endLineno, int col, int endCol) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.col = col;
        this.endCol = endCol;
    }

    Instr copy() {
        Instr i = new Instr(op, arg, target, lineno, endLineno, col, endCol);
        i.except = except;
        return i;
    }

    void copyLocFrom(Instr o) {
        lineno = o.lineno;
        endLineno = o.endLineno;
        col = o.col;
        endCol = o.endCol;
    }

    boolean isJump() {
        return op.isJump();
    }

    boolean isBlockPush() {
        return op == Opcode.SETUP_FINALLY || op == Opcode.SETUP_CLEANUP || op == Opcode.SETUP_WITH;
    }

    @Override
    public String toString() {
        return op + " " + arg + (target != null ? " ->B" + target.id : "") + " @" + lineno;
    }
}
