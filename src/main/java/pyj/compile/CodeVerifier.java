package pyj.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import pyj.code.ExceptionTable;
import pyj.code.Opcode;
import pyj.code.PyCode;

/**
 * Structural checks of a code object, independent of how it was made: instructions decode
 * (EXTENDED_ARG prefixes, caches), jump targets and exception-table entries fall on instruction
 * starts, no path runs off the end, and a flow analysis of the stack depth finds it never negative,
 * never above co_stacksize, the same on every path into an instruction, and at each handler exactly
 * the entry's depth plus lasti plus the exception.
 */
public final class CodeVerifier {
    private CodeVerifier() {}

    /** Thrown with the first problem found. */
    public static final class VerifyError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VerifyError(PyCode code, String msg) {
            super(code.qualname() + ": " + msg, null, false, false);
        }
    }

    /** Checks {@code code} and every code object nested in it. */
    public static void verifyAll(PyCode code) {
        verify(code);
        for (PyCode c : code.nestedCode()) {
            verifyAll(c);
        }
    }

    public static void verify(PyCode code) {
        int n = code.codeUnits();
        // Instruction starts (an EXTENDED_ARG prefix starts its instruction), opcode and full argument.
        int[] opAt = new int[n];
        int[] argAt = new int[n];
        int[] sizeAt = new int[n];
        boolean[] start = new boolean[n + 1];
        Arrays.fill(opAt, -1);
        int i = 0;
        while (i < n) {
            int s = i;
            int arg = 0;
            while (i < n && code.opcodeAt(i) == Opcode.EXTENDED_ARG.number()) {
                arg = arg << 8 | code.argAt(i);
                i++;
            }
            if (i >= n) {
                throw new VerifyError(code, "EXTENDED_ARG at the end of the code");
            }
            Opcode op = Opcode.of(code.opcodeAt(i));
            if (op == null || !op.isReal() || op == Opcode.CACHE) {
                throw new VerifyError(code, "bad opcode " + code.opcodeAt(i) + " at unit " + i);
            }
            arg = arg << 8 | code.argAt(i);
            int end = i + 1 + op.cacheEntries();
            if (end > n) {
                throw new VerifyError(code, "caches of " + op + " run past the end");
            }
            for (int k = i + 1; k < end; k++) {
                if (code.opcodeAt(k) != 0 || code.argAt(k) != 0) {
                    throw new VerifyError(code, "non-zero CACHE after " + op + " at unit " + k);
                }
            }
            start[s] = true;
            opAt[s] = op.number();
            argAt[s] = op.hasArg() ? arg : 0;
            sizeAt[s] = end - s;
            i = end;
        }
        start[n] = true;
        List<ExceptionTable.Entry> table = code.exceptionEntries();
        for (ExceptionTable.Entry e : table) {
            if (e.start() < 0 || e.end() > n || e.start() >= e.end() || !start[e.start()] || !start[e.end()]) {
                throw new VerifyError(code, "exception entry does not cover whole instructions: " + e);
            }
            if (e.target() >= n || !start[e.target()]) {
                throw new VerifyError(code, "exception handler is not an instruction start: " + e);
            }
        }
        int[] depth = new int[n];
        Arrays.fill(depth, Integer.MIN_VALUE);
        Deque<Integer> work = new ArrayDeque<>();
        flow(code, depth, work, 0, 0, "entry");
        while (!work.isEmpty()) {
            int at = work.pop();
            Opcode op = Opcode.of(opAt[at]);
            int arg = argAt[at];
            int d = depth[at];
            int next = at + sizeAt[at];
            ExceptionTable.Entry handler = code.handlerAt(at);
            if (handler != null) {
                if (d < handler.depth()) {
                    throw new VerifyError(code, "stack below the handler's depth at unit " + at);
                }
                flow(code, depth, work, handler.target(), handler.depth() + (handler.lasti() ? 1 : 0) + 1,
                        "handler");
            }
            int after = d + (op == Opcode.RETURN_GENERATOR ? 1 : op.stackEffect(arg, false));
            if (after < 0) {
                throw new VerifyError(code, "stack underflow at unit " + at + " (" + op + ")");
            }
            if (after > code.stacksize()) {
                throw new VerifyError(code, "stack depth " + after + " above co_stacksize " + code.stacksize());
            }
            if (op.isJump()) {
                int target = op.isBackwardJump() ? next - arg : next + arg;
                if (target < 0 || target >= n || !start[target]) {
                    throw new VerifyError(code, op + " at unit " + at + " jumps to " + target);
                }
                flow(code, depth, work, target, d + op.stackEffect(arg, true), "jump");
            }
            if (!op.isUnconditionalJump() && !op.isScopeExit()) {
                if (next >= n) {
                    throw new VerifyError(code, "control falls off the end after unit " + at);
                }
                flow(code, depth, work, next, after, "fall-through");
            }
        }
    }

    private static void flow(PyCode code, int[] depth, Deque<Integer> work, int at, int d, String how) {
        if (d < 0) {
            throw new VerifyError(code, "negative stack depth on " + how + " to unit " + at);
        }
        if (depth[at] == Integer.MIN_VALUE) {
            depth[at] = d;
            work.push(at);
        } else if (depth[at] != d) {
            throw new VerifyError(code, "stack depth " + d + " on " + how + " to unit " + at + " but "
                    + depth[at] + " on another path");
        }
    }

    /** Code objects of a tree, nested ones before the code holding them (tools/code_corpus.py's order). */
    public static List<PyCode> postOrder(PyCode code) {
        List<PyCode> out = new ArrayList<>();
        postOrder(code, out);
        return out;
    }

    private static void postOrder(PyCode code, List<PyCode> out) {
        for (Object c : code.consts()) {
            if (c instanceof PyCode p) {
                postOrder(p, out);
            }
        }
        out.add(code);
    }
}
