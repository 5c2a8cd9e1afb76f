package pyj.code;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Recomputes a code object's maximum value-stack depth from its wordcode and exception table
 * using {@link Opcode#stackEffect}, the way CPython's compiler computes co_stacksize over its
 * control-flow graph: every reachable instruction has one entry depth; a jump's target gets the
 * depth after the jump effect, the next instruction the depth after the fall-through effect; an
 * exception handler starts at its table depth plus the exception (and lasti, if pushed). Used to
 * check the compiler's output and, against CPython's own code objects, the stack effects.
 *
 * <p>One deviation from {@code dis.stack_effect}: RETURN_GENERATOR counts as pushing one value,
 * what the frame finds on the stack when it is first resumed (the POP_TOP after it removes it).
 * CPython adds that prologue after computing co_stacksize, so its stack effect never mattered.
 */
public final class StackDepth {
    private StackDepth() {}

    /**
     * What the analysis found: the largest depth reached, and how many code units (instructions,
     * their EXTENDED_ARG prefixes and caches) no path reaches. CPython's co_stacksize also counts
     * code it left in place but no path reaches (an except* handler whose try body cannot raise
     * has no exception table entry), so it can exceed {@code maxDepth} when {@code unreachableUnits > 0}.
     */
    public record Result(int maxDepth, int unreachableUnits) {}

    /** The largest depth reached. */
    public static int maxDepth(PyCode code) {
        return analyse(code).maxDepth();
    }

    /**
     * Runs the analysis.
     *
     * @throws IllegalArgumentException if two paths reach an instruction with different depths, a
     *     depth goes negative, or a jump leaves the code
     */
    public static Result analyse(PyCode code) {
        int units = code.codeUnits();
        int[] depthAt = new int[units + 1];
        Arrays.fill(depthAt, -1);
        boolean[] reached = new boolean[units];
        Deque<Integer> work = new ArrayDeque<>();
        int[] max = {0};
        reach(work, depthAt, max, 0, 0, 0);
        for (ExceptionTable.Entry e : code.exceptionEntries()) {
            reach(work, depthAt, max, e.target(), e.depth() + 1 + (e.lasti() ? 1 : 0), e.start());
        }
        while (!work.isEmpty()) {
            int unit = work.pop();
            int depth = depthAt[unit];
            // Decode one instruction with its EXTENDED_ARG prefix.
            int arg = 0;
            int start = unit;
            Opcode op;
            while (true) {
                if (unit >= units) {
                    throw new IllegalArgumentException("code ends inside an instruction at unit " + start);
                }
                op = Opcode.of(code.opcodeAt(unit));
                if (op == null || !op.isReal()) {
                    throw new IllegalArgumentException("not a real instruction at unit " + unit);
                }
                arg = arg << 8 | code.argAt(unit);
                if (op != Opcode.EXTENDED_ARG) {
                    break;
                }
                unit++;
            }
            int next = unit + 1 + op.cacheEntries();
            Arrays.fill(reached, start, Math.min(next, units), true);
            if (op.isJump()) {
                int target = op.isBackwardJump() ? unit + 1 - arg : unit + 1 + arg;
                reach(work, depthAt, max, target, depth + op.stackEffect(arg, true), start);
            }
            if (!op.isUnconditionalJump() && !op.isScopeExit()) {
                int effect = op == Opcode.RETURN_GENERATOR ? 1 : op.stackEffect(arg, false);
                reach(work, depthAt, max, next, depth + effect, start);
            }
        }
        int unreachable = 0;
        for (boolean r : reached) {
            unreachable += r ? 0 : 1;
        }
        return new Result(max[0], unreachable);
    }

    private static void reach(Deque<Integer> work, int[] depthAt, int[] max, int unit, int depth, int from) {
        if (unit < 0 || unit >= depthAt.length - 1) {
            throw new IllegalArgumentException("jump from unit " + from + " to " + unit + " leaves the code");
        }
        if (depth < 0) {
            throw new IllegalArgumentException("stack underflow reaching unit " + unit + " from " + from);
        }
        max[0] = Math.max(max[0], depth);
        if (depthAt[unit] == -1) {
            depthAt[unit] = depth;
            work.push(unit);
        } else if (depthAt[unit] != depth) {
            throw new IllegalArgumentException("unit " + unit + " reached with depths " + depthAt[unit]
                    + " and " + depth + " (from " + from + ")");
        }
    }
}
