package pyj.modules.sre;

import static pyj.modules.sre.SreConstants.*;

import java.util.Arrays;

/**
 * One matching run of a pattern over a subject: CPython's {@code SRE_STATE} plus the matcher of
 * {@code sre_lib.h}. Positions are Python indexes into the subject; "NULL" marks are -1.
 *
 * <p>The matcher never recurses in Java for backtracking: each place where sre_lib.h "calls itself"
 * ({@code DO_JUMP}) pushes a {@link Frame} on an explicit stack and continues the loop; when the
 * callee returns, the caller's frame resumes at a continuation named by the {@code JUMP_*} code
 * the callee was started with. Java recursion happens only in {@link #count} for a repeated item
 * that is not a single simple opcode, one level per nesting of such items in the code, never in
 * proportion to the subject.
 */
final class SreState {
    /** How often (in opcodes dispatched) the interrupt hook runs, as sre's MAYBE_CHECK_SIGNALS. */
    private static final int CHECK_INTERVAL_MASK = 0xFFF;

    // Continuations. JUMP_* values name where a callee returns to (as in sre_lib.h);
    // the C_* values are loop heads of multi-step opcodes, resumed without a callee.
    private static final int RETURN = -1;
    private static final int JUMP_NONE = 0;
    private static final int JUMP_MAX_UNTIL_1 = 1;
    private static final int JUMP_MAX_UNTIL_2 = 2;
    private static final int JUMP_MAX_UNTIL_3 = 3;
    private static final int JUMP_MIN_UNTIL_1 = 4;
    private static final int JUMP_MIN_UNTIL_2 = 5;
    private static final int JUMP_MIN_UNTIL_3 = 6;
    private static final int JUMP_REPEAT = 7;
    private static final int JUMP_REPEAT_ONE_1 = 8;
    private static final int JUMP_REPEAT_ONE_2 = 9;
    private static final int JUMP_MIN_REPEAT_ONE = 10;
    private static final int JUMP_BRANCH = 11;
    private static final int JUMP_ASSERT = 12;
    private static final int JUMP_ASSERT_NOT = 13;
    private static final int JUMP_POSS_REPEAT_1 = 14;
    private static final int JUMP_POSS_REPEAT_2 = 15;
    private static final int JUMP_ATOMIC_GROUP = 16;
    private static final int C_BRANCH_TRY = 20;
    private static final int C_REPEAT_ONE_LITERAL = 21;
    private static final int C_REPEAT_ONE_GENERAL = 22;
    private static final int C_MIN_REPEAT_ONE = 23;
    private static final int C_MAX_UNTIL_TAIL = 24;
    private static final int C_POSS_MIN = 25;
    private static final int C_POSS_LOOP = 26;
    private static final int C_POSS_TAIL = 27;

    /** A matching context (sre_lib.h's match_context): what a suspended opcode keeps. */
    private static final class Frame {
        int count;
        int chr;
        Repeat rep;
        int lastmark;
        int lastindex;
        int pc;
        int ptr;
        boolean toplevel;
        int jump;
    }

    /** A REPEAT's state (SRE_REPEAT), linked to the enclosing repeat. */
    private static final class Repeat {
        int count;
        int pc;
        int lastPtr;
        Repeat prev;
    }

    final int[] code;
    final SreSubject subject;
    /** The subject's length; positions before {@link #start} remain visible to lookbehind and ^. */
    final int length;
    /** Clamped pos and endpos (state->pos, state->endpos). */
    final int pos;
    final int endpos;
    /** Where the current match attempt starts, and the matcher's current position. */
    int start;
    int ptr;
    /** The end of the window: nothing at or after it is visible. */
    final int end;
    boolean matchAll;
    boolean mustAdvance;

    final int[] mark;
    int lastmark = -1;
    int lastindex = -1;
    private Repeat repeat;

    private int[] data = new int[64];
    private int dataTop;
    private Frame[] frames = new Frame[16];
    private int depth;

    private final Runnable checkpoint;
    private int sigcount;

    SreState(int[] code, int groups, SreSubject subject, long pos, long endpos, Runnable checkpoint) {
        this.code = code;
        this.subject = subject;
        this.length = subject.length();
        this.pos = (int) Math.max(0, Math.min(pos, length));
        this.endpos = (int) Math.max(0, Math.min(endpos, length));
        this.start = this.pos;
        this.ptr = this.pos;
        this.end = this.endpos;
        // Two spare marks: the validator lets MARK name 2*groups+1 (as CPython's does).
        this.mark = new int[2 * groups + 2];
        this.checkpoint = checkpoint;
        this.sBytes = subject.bytes;
        this.sChars = subject.chars;
        this.sCodePoints = subject.codePoints;
    }

    /** state_reset: forget groups and backtracking data before another search. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dataTop = 0;
        depth = 0;
    }

    private static long u(int v) {
        return v & 0xFFFFFFFFL;
    }

    // The subject's representation, copied into final fields so the hot path is one test and a load.
    private final byte[] sBytes;
    private final String sChars;
    private final int[] sCodePoints;

    private int at(int i) {
        String s = sChars;
        if (s != null) {
            return s.charAt(i);
        }
        byte[] b = sBytes;
        return b != null ? b[i] & 0xFF : sCodePoints[i];
    }

    // ---- data stack (marks and saved last_ptr values) ----

    private void dataPush(int v) {
        if (dataTop == data.length) {
            data = Arrays.copyOf(data, grow(data.length, 1));
        }
        data[dataTop++] = v;
    }

    private int dataPop() {
        return data[--dataTop];
    }

    private static int grow(int cur, int need) {
        long n = (long) cur + need;
        n = n + n / 4 + 1024;
        if (n > Integer.MAX_VALUE - 16) {
            throw new SreError(SreError.Kind.MEMORY_ERROR, "");
        }
        return (int) n;
    }

    private void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            if (dataTop + n > data.length) {
                data = Arrays.copyOf(data, grow(data.length, n));
            }
            System.arraycopy(mark, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    private void markPop(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(data, dataTop - n, mark, 0, n);
            dataTop -= n;
        }
    }

    private void markPopKeep(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(data, dataTop - n, mark, 0, n);
        }
    }

    private void markPopDiscard(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
        }
    }

    private Frame pushFrame() {
        if (depth == frames.length) {
            frames = Arrays.copyOf(frames, grow(frames.length, 1));
        }
        Frame f = frames[depth];
        if (f == null) {
            f = new Frame();
            frames[depth] = f;
        }
        depth++;
        return f;
    }

    // ---- character tests ----

    /** SRE(at): is {@code p} at the position kind {@code atcode}? */
    private boolean atPosition(int p, int atcode) {
        switch (atcode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return p == 0;
            case AT_BEGINNING_LINE:
                return p == 0 || at(p - 1) == '\n';
            case AT_END:
                return (end - p == 1 && at(p) == '\n') || p == end;
            case AT_END_LINE:
                // p can be past end when pos > endpos; CPython then reads the character there, or
                // the string's terminating NUL at the very end
                return p == end || (p < length ? at(p) : 0) == '\n';
            case AT_END_STRING:
                return p == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean that = p > 0 && isWord(atcode, at(p - 1));
                boolean self = p < end && isWord(atcode, at(p));
                boolean boundary = atcode == AT_BOUNDARY || atcode == AT_LOC_BOUNDARY
                        || atcode == AT_UNI_BOUNDARY;
                return boundary ? self != that : self == that;
            }
            default:
                return false;
        }
    }

    private static boolean isWord(int atcode, int ch) {
        return switch (atcode) {
            case AT_BOUNDARY, AT_NON_BOUNDARY -> SreChars.isWord(ch);
            case AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY -> SreChars.locIsWord(ch);
            default -> SreChars.uniIsWord(ch);
        };
    }

    /** SRE(charset): is {@code ch} in the set starting at {@code pc}? */
    boolean charset(int pc, int ch) {
        int[] code = this.code;
        boolean ok = true;
        for (;;) {
            switch (code[pc++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[pc]) {
                        return ok;
                    }
                    pc++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[pc], ch)) {
                        return ok;
                    }
                    pc++;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[pc + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    pc += 8;
                    break;
                case RANGE:
                    if (inRange(code[pc], ch, code[pc + 1])) {
                        return ok;
                    }
                    pc += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    // ch is already lower cased; its uppercase may be in the range instead.
                    if (inRange(code[pc], ch, code[pc + 1])) {
                        return ok;
                    }
                    if (inRange(code[pc], SreChars.upperUnicode(ch), code[pc + 1])) {
                        return ok;
                    }
                    pc += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[pc++];
                    int block = -1;
                    if (ch < 0x10000) {
                        // 256 block numbers packed as bytes, four to a code word, little-endian
                        // (re/_compiler.py packs them in sys.byteorder, which is 'little' on pyj).
                        int hi = ch >>> 8;
                        block = (code[pc + (hi >>> 2)] >>> ((hi & 3) * 8)) & 0xFF;
                    }
                    pc += 64;
                    if (block >= 0 && (code[pc + ((block * 256 + (ch & 255)) >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    pc += count * 8;
                    break;
                }
                default:
                    // sre_lib.h: an unknown set member "pretends it didn't match".
                    return false;
            }
        }
    }

    /** The first position in [from, e) holding {@code c}, or -1; from < e. */
    private int find(int c, int from, int e) {
        if (sChars != null) {
            // String.indexOf is a vectorized intrinsic; it may look past e, so check the result
            int i = c < 0x10000 ? sChars.indexOf(c, from) : -1;
            return i >= 0 && i < e ? i : -1;
        }
        for (int i = from; i < e; i++) {
            if (at(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean inRange(int lo, int ch, int hi) {
        return Integer.compareUnsigned(lo, ch) <= 0 && Integer.compareUnsigned(ch, hi) <= 0;
    }

    private boolean charsetLocIgnore(int pc, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(pc, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(pc, up);
    }

    /**
     * SRE(count): how many times (up to {@code maxcount}) the single-width item at {@code pc}
     * matches from {@link #ptr}.
     */
    private int count(int pc, long maxcount) {
        int[] code = this.code;
        int p = this.ptr;
        int e = this.end;
        if (maxcount < e - p && maxcount != MAXREPEAT) {
            e = p + (int) maxcount;
        }
        switch (code[pc]) {
            case IN:
                while (p < e && charset(pc + 2, at(p))) {
                    p++;
                }
                break;
            case ANY:
                while (p < e && at(p) != '\n') {
                    p++;
                }
                break;
            case ANY_ALL:
                p = Math.max(p, e);
                break;
            case LITERAL: {
                int chr = code[pc + 1];
                while (p < e && at(p) == chr) {
                    p++;
                }
                break;
            }
            case LITERAL_IGNORE: {
                int chr = code[pc + 1];
                while (p < e && SreChars.lowerAscii(at(p)) == chr) {
                    p++;
                }
                break;
            }
            case LITERAL_UNI_IGNORE: {
                int chr = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(at(p)) == chr) {
                    p++;
                }
                break;
            }
            case LITERAL_LOC_IGNORE: {
                int chr = code[pc + 1];
                while (p < e && SreChars.charLocIgnore(chr, at(p))) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL: {
                int chr = code[pc + 1];
                while (p < e && at(p) != chr) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_IGNORE: {
                int chr = code[pc + 1];
                while (p < e && SreChars.lowerAscii(at(p)) != chr) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_UNI_IGNORE: {
                int chr = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(at(p)) != chr) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_LOC_IGNORE: {
                int chr = code[pc + 1];
                while (p < e && !SreChars.charLocIgnore(chr, at(p))) {
                    p++;
                }
                break;
            }
            default: {
                // Any other item: run the matcher on it once per repetition. This is the one
                // Java-level nesting, bounded by how deeply such items nest in the code.
                int from = this.ptr;
                while (this.ptr < e) {
                    if (!match(pc, false)) {
                        break;
                    }
                }
                return this.ptr - from;
            }
        }
        return p - this.ptr;
    }

    private void maybeCheck() {
        if (checkpoint != null && (++sigcount & CHECK_INTERVAL_MASK) == 0) {
            checkpoint.run();
        }
    }

    private static SreError illegal() {
        return new SreError(SreError.Kind.RUNTIME_ERROR, "internal error in regular expression engine");
    }

    /**
     * SRE(match): does the code at {@code pc0} match at {@link #ptr}? On success {@link #ptr} is the
     * end of the match and the marks hold the groups.
     */
    boolean match(int pc0, boolean toplevel) {
        final int[] code = this.code;
        final int end = this.end;
        final int base = depth;
        Frame ctx = pushFrame();
        ctx.jump = JUMP_NONE;
        ctx.toplevel = toplevel;
        int pc = pc0;
        int ptr = 0;
        boolean ret = false;
        boolean enter = true;

        run:
        for (;;) {
            int cont = RETURN;
            dispatch:
            {
                if (enter) {
                    ptr = this.ptr;
                    if (code[pc] == INFO) {
                        // <INFO> <1=skip> <2=flags> <3=min> ...: reject if too few characters remain
                        // (compared unsigned, as sre does, so a start past the end is not rejected).
                        long min = u(code[pc + 3]);
                        if (min != 0 && Long.compareUnsigned(end - ptr, min) < 0) {
                            ret = false;
                            break dispatch;
                        }
                        pc += code[pc + 1] + 1;
                    }
                }
                for (;;) {
                    maybeCheck();
                    switch (code[pc++]) {
                        case MARK: {
                            int i = code[pc];
                            if ((i & 1) != 0) {
                                lastindex = i / 2 + 1;
                            }
                            if (i > lastmark) {
                                // marks between the old and new highest mark have not been seen
                                for (int j = lastmark + 1; j < i; j++) {
                                    mark[j] = -1;
                                }
                                lastmark = i;
                            }
                            mark[i] = ptr;
                            pc++;
                            continue;
                        }
                        case LITERAL:
                            if (ptr >= end || at(ptr) != code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL:
                            if (ptr >= end || at(ptr) == code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case SUCCESS:
                            if (ctx.toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start))) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr;
                            ret = true;
                            break dispatch;
                        case AT:
                            if (!atPosition(ptr, code[pc])) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            continue;
                        case CATEGORY:
                            if (ptr >= end || !SreChars.category(code[pc], at(ptr))) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case ANY:
                            if (ptr >= end || at(ptr) == '\n') {
                                ret = false;
                                break dispatch;
                            }
                            ptr++;
                            continue;
                        case ANY_ALL:
                            if (ptr >= end) {
                                ret = false;
                                break dispatch;
                            }
                            ptr++;
                            continue;
                        case IN:
                            if (ptr >= end || !charset(pc + 1, at(ptr))) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(at(ptr)) != code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(at(ptr)) != code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case LITERAL_LOC_IGNORE:
                            if (ptr >= end || !SreChars.charLocIgnore(code[pc], at(ptr))) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_IGNORE:
                            if (ptr >= end || SreChars.lowerAscii(at(ptr)) == code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_UNI_IGNORE:
                            if (ptr >= end || SreChars.lowerUnicode(at(ptr)) == code[pc]) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case NOT_LITERAL_LOC_IGNORE:
                            if (ptr >= end || SreChars.charLocIgnore(code[pc], at(ptr))) {
                                ret = false;
                                break dispatch;
                            }
                            pc++;
                            ptr++;
                            continue;
                        case IN_IGNORE:
                            if (ptr >= end || !charset(pc + 1, SreChars.lowerAscii(at(ptr)))) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case IN_UNI_IGNORE:
                            if (ptr >= end || !charset(pc + 1, SreChars.lowerUnicode(at(ptr)))) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case IN_LOC_IGNORE:
                            if (ptr >= end || !charsetLocIgnore(pc + 1, at(ptr))) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            ptr++;
                            continue;
                        case JUMP:
                        case INFO:
                            pc += code[pc];
                            continue;
                        case BRANCH:
                            // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            cont = C_BRANCH_TRY;
                            break dispatch;
                        case REPEAT_ONE: {
                            // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                            long min = u(code[pc + 1]);
                            if (min > end - ptr) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr;
                            int n = count(pc + 3, u(code[pc + 2]));
                            ctx.count = n;
                            ptr += n;
                            if (n < min) {
                                ret = false;
                                break dispatch;
                            }
                            int tail = pc + code[pc];
                            if (code[tail] == SUCCESS && ptr == end
                                    && !(ctx.toplevel && mustAdvance && ptr == start)) {
                                // the tail is empty: done
                                this.ptr = ptr;
                                ret = true;
                                break dispatch;
                            }
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            if (code[tail] == LITERAL) {
                                // the tail starts with a literal: skip positions where it cannot match
                                ctx.chr = code[tail + 1];
                                cont = C_REPEAT_ONE_LITERAL;
                            } else {
                                cont = C_REPEAT_ONE_GENERAL;
                            }
                            break dispatch;
                        }
                        case MIN_REPEAT_ONE: {
                            // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                            long min = u(code[pc + 1]);
                            if (min > end - ptr) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr;
                            if (min == 0) {
                                ctx.count = 0;
                            } else {
                                int n = count(pc + 3, min);
                                if (n < min) {
                                    ret = false;
                                    break dispatch;
                                }
                                ctx.count = n;
                                ptr += n;
                            }
                            int tail = pc + code[pc];
                            if (code[tail] == SUCCESS && !(ctx.toplevel
                                    && ((matchAll && ptr != end) || (mustAdvance && ptr == start)))) {
                                this.ptr = ptr;
                                ret = true;
                                break dispatch;
                            }
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            cont = C_MIN_REPEAT_ONE;
                            break dispatch;
                        }
                        case POSSESSIVE_REPEAT_ONE: {
                            // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                            long min = u(code[pc + 1]);
                            if (ptr + min > end) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr;
                            int n = count(pc + 3, u(code[pc + 2]));
                            ctx.count = n;
                            ptr += n;
                            if (n < min) {
                                ret = false;
                                break dispatch;
                            }
                            pc += code[pc];
                            if (code[pc] == SUCCESS && ptr == end
                                    && !(ctx.toplevel && mustAdvance && ptr == start)) {
                                this.ptr = ptr;
                                ret = true;
                                break dispatch;
                            }
                            continue;
                        }
                        case REPEAT: {
                            // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
                            Repeat r = new Repeat();
                            r.count = -1;
                            r.pc = pc;
                            r.prev = repeat;
                            r.lastPtr = -1;
                            repeat = r;
                            ctx.rep = r;
                            this.ptr = ptr;
                            // DO_JUMP(JUMP_REPEAT, pc + skip)
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = enterFrame(JUMP_REPEAT, ctx.toplevel);
                            pc = pc + code[pc];
                            enter = true;
                            continue run;
                        }
                        case MAX_UNTIL: {
                            Repeat r = repeat;
                            if (r == null) {
                                throw illegal();
                            }
                            ctx.rep = r;
                            this.ptr = ptr;
                            ctx.count = r.count + 1;
                            if (ctx.count < u(code[r.pc + 1])) {
                                // not enough matches
                                r.count = ctx.count;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = enterFrame(JUMP_MAX_UNTIL_1, ctx.toplevel);
                                pc = r.pc + 3;
                                enter = true;
                                continue run;
                            }
                            long max = u(code[r.pc + 2]);
                            if ((ctx.count < max || max == MAXREPEAT) && this.ptr != r.lastPtr) {
                                // we may have enough matches, but if we can match another item, do so
                                r.count = ctx.count;
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                markPush(ctx.lastmark);
                                // zero-width match protection
                                dataPush(r.lastPtr);
                                r.lastPtr = this.ptr;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = enterFrame(JUMP_MAX_UNTIL_2, ctx.toplevel);
                                pc = r.pc + 3;
                                enter = true;
                                continue run;
                            }
                            cont = C_MAX_UNTIL_TAIL;
                            break dispatch;
                        }
                        case MIN_UNTIL: {
                            Repeat r = repeat;
                            if (r == null) {
                                throw illegal();
                            }
                            ctx.rep = r;
                            this.ptr = ptr;
                            ctx.count = r.count + 1;
                            if (ctx.count < u(code[r.pc + 1])) {
                                r.count = ctx.count;
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = enterFrame(JUMP_MIN_UNTIL_1, ctx.toplevel);
                                pc = r.pc + 3;
                                enter = true;
                                continue run;
                            }
                            // see if the tail matches
                            repeat = r.prev;
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            if (repeat != null) {
                                markPush(ctx.lastmark);
                            }
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = enterFrame(JUMP_MIN_UNTIL_2, ctx.toplevel);
                            enter = true;
                            continue run;
                        }
                        case POSSESSIVE_REPEAT:
                            // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                            this.ptr = ptr;
                            ctx.count = 0;
                            cont = C_POSS_MIN;
                            break dispatch;
                        case ATOMIC_GROUP:
                            // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = enterFrame(JUMP_ATOMIC_GROUP, false);
                            pc = pc + 1;
                            enter = true;
                            continue run;
                        case GROUPREF:
                        case GROUPREF_IGNORE:
                        case GROUPREF_UNI_IGNORE:
                        case GROUPREF_LOC_IGNORE: {
                            int op = code[pc - 1];
                            long g = u(code[pc]) * 2;
                            if (g >= lastmark) {
                                ret = false;
                                break dispatch;
                            }
                            int p = mark[(int) g];
                            int e = mark[(int) g + 1];
                            if (p < 0 || e < 0 || e < p) {
                                ret = false;
                                break dispatch;
                            }
                            while (p < e) {
                                if (ptr >= end || !sameChar(op, at(ptr), at(p))) {
                                    ret = false;
                                    break dispatch;
                                }
                                p++;
                                ptr++;
                            }
                            pc++;
                            continue;
                        }
                        case GROUPREF_EXISTS: {
                            // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                            long g = u(code[pc]) * 2;
                            if (g >= lastmark) {
                                pc += code[pc + 1];
                                continue;
                            }
                            int p = mark[(int) g];
                            int e = mark[(int) g + 1];
                            if (p < 0 || e < 0 || e < p) {
                                pc += code[pc + 1];
                                continue;
                            }
                            pc += 2;
                            continue;
                        }
                        case ASSERT: {
                            // <ASSERT> <skip> <back> <pattern>
                            long back = u(code[pc + 1]);
                            if (ptr < back) {
                                ret = false;
                                break dispatch;
                            }
                            this.ptr = ptr - (int) back;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = enterFrame(JUMP_ASSERT, false);
                            pc = pc + 2;
                            enter = true;
                            continue run;
                        }
                        case ASSERT_NOT: {
                            // <ASSERT_NOT> <skip> <back> <pattern>
                            long back = u(code[pc + 1]);
                            if (ptr >= back) {
                                this.ptr = ptr - (int) back;
                                ctx.lastmark = lastmark;
                                ctx.lastindex = lastindex;
                                if (repeat != null) {
                                    markPush(ctx.lastmark);
                                }
                                ctx.pc = pc;
                                ctx.ptr = ptr;
                                ctx = enterFrame(JUMP_ASSERT_NOT, false);
                                pc = pc + 2;
                                enter = true;
                                continue run;
                            }
                            pc += code[pc];
                            continue;
                        }
                        case FAILURE:
                            ret = false;
                            break dispatch;
                        default:
                            throw illegal();
                    }
                }
            }

            // A frame returned (cont == RETURN, with ret) or an opcode continues at a loop head.
            for (;;) {
                if (cont == RETURN) {
                    int jump = ctx.jump;
                    ctx.rep = null;
                    depth--;
                    if (depth == base) {
                        return ret;
                    }
                    ctx = frames[depth - 1];
                    pc = ctx.pc;
                    ptr = ctx.ptr;
                    cont = jump;
                }
                switch (cont) {
                    case C_BRANCH_TRY:
                        // pc is at an alternative's <skip>
                        for (; code[pc] != 0; pc += code[pc]) {
                            if (code[pc + 1] == LITERAL && (ptr >= end || at(ptr) != code[pc + 2])) {
                                continue;
                            }
                            if (code[pc + 1] == IN && (ptr >= end || !charset(pc + 3, at(ptr)))) {
                                continue;
                            }
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = enterFrame(JUMP_BRANCH, ctx.toplevel);
                            pc = pc + 1;
                            enter = true;
                            continue run;
                        }
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        cont = RETURN;
                        continue;
                    case JUMP_BRANCH:
                        if (ret) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            cont = RETURN;
                            continue;
                        }
                        if (repeat != null) {
                            markPopKeep(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        pc += code[pc];
                        cont = C_BRANCH_TRY;
                        continue;
                    case C_REPEAT_ONE_LITERAL: {
                        long min = u(code[pc + 1]);
                        while (ctx.count >= min && (ptr >= end || at(ptr) != ctx.chr)) {
                            ptr--;
                            ctx.count--;
                        }
                        if (ctx.count < min) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            ret = false;
                            cont = RETURN;
                            continue;
                        }
                        this.ptr = ptr;
                        ctx.pc = pc;
                        ctx.ptr = ptr;
                        ctx = enterFrame(JUMP_REPEAT_ONE_1, ctx.toplevel);
                        pc = pc + code[pc];
                        enter = true;
                        continue run;
                    }
                    case C_REPEAT_ONE_GENERAL:
                        if (ctx.count >= u(code[pc + 1])) {
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = enterFrame(JUMP_REPEAT_ONE_2, ctx.toplevel);
                            pc = pc + code[pc];
                            enter = true;
                            continue run;
                        }
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        cont = RETURN;
                        continue;
                    case JUMP_REPEAT_ONE_1:
                    case JUMP_REPEAT_ONE_2:
                        if (ret) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            cont = RETURN;
                            continue;
                        }
                        if (repeat != null) {
                            markPopKeep(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        ptr--;
                        ctx.count--;
                        cont = cont == JUMP_REPEAT_ONE_1 ? C_REPEAT_ONE_LITERAL : C_REPEAT_ONE_GENERAL;
                        continue;
                    case C_MIN_REPEAT_ONE: {
                        long max = u(code[pc + 2]);
                        if (max == MAXREPEAT || ctx.count <= max) {
                            int tail = pc + code[pc];
                            if (code[tail] == LITERAL && (ptr >= end || at(ptr) != code[tail + 1])) {
                                // The tail would fail on its first opcode without touching any
                                // state; skip the call (same result as sre, without a frame per
                                // character of a lazy .*?).
                                ret = false;
                                cont = JUMP_MIN_REPEAT_ONE;
                                continue;
                            }
                            this.ptr = ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = enterFrame(JUMP_MIN_REPEAT_ONE, ctx.toplevel);
                            pc = pc + code[pc];
                            enter = true;
                            continue run;
                        }
                        if (repeat != null) {
                            markPopDiscard(ctx.lastmark);
                        }
                        ret = false;
                        cont = RETURN;
                        continue;
                    }
                    case JUMP_MIN_REPEAT_ONE: {
                        if (ret) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            cont = RETURN;
                            continue;
                        }
                        if (repeat != null) {
                            markPopKeep(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        this.ptr = ptr;
                        if (count(pc + 3, 1) == 0) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            ret = false;
                            cont = RETURN;
                            continue;
                        }
                        ptr++;
                        ctx.count++;
                        cont = C_MIN_REPEAT_ONE;
                        continue;
                    }
                    case JUMP_REPEAT:
                        repeat = ctx.rep.prev;
                        cont = RETURN;
                        continue;
                    case JUMP_MAX_UNTIL_1:
                    case JUMP_MIN_UNTIL_1:
                        if (ret) {
                            cont = RETURN;
                            continue;
                        }
                        ctx.rep.count = ctx.count - 1;
                        this.ptr = ptr;
                        cont = RETURN;
                        continue;
                    case JUMP_MAX_UNTIL_2: {
                        Repeat r = ctx.rep;
                        r.lastPtr = dataPop();
                        if (ret) {
                            markPopDiscard(ctx.lastmark);
                            cont = RETURN;
                            continue;
                        }
                        markPop(ctx.lastmark);
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        r.count = ctx.count - 1;
                        this.ptr = ptr;
                        cont = C_MAX_UNTIL_TAIL;
                        continue;
                    }
                    case C_MAX_UNTIL_TAIL:
                        // cannot match more repeated items here; make sure the tail matches
                        repeat = ctx.rep.prev;
                        ctx.pc = pc;
                        ctx.ptr = ptr;
                        ctx = enterFrame(JUMP_MAX_UNTIL_3, ctx.toplevel);
                        enter = true;
                        continue run;
                    case JUMP_MAX_UNTIL_3:
                        repeat = ctx.rep;
                        if (!ret) {
                            this.ptr = ptr;
                        }
                        cont = RETURN;
                        continue;
                    case JUMP_MIN_UNTIL_2: {
                        Repeat r = ctx.rep;
                        Repeat repeatOfTail = repeat;
                        repeat = r;
                        if (ret) {
                            if (repeatOfTail != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            cont = RETURN;
                            continue;
                        }
                        if (repeatOfTail != null) {
                            markPop(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        this.ptr = ptr;
                        long max = u(code[r.pc + 2]);
                        if ((ctx.count >= max && max != MAXREPEAT) || this.ptr == r.lastPtr) {
                            ret = false;
                            cont = RETURN;
                            continue;
                        }
                        r.count = ctx.count;
                        // zero-width match protection
                        dataPush(r.lastPtr);
                        r.lastPtr = this.ptr;
                        ctx.pc = pc;
                        ctx.ptr = ptr;
                        ctx = enterFrame(JUMP_MIN_UNTIL_3, ctx.toplevel);
                        pc = r.pc + 3;
                        enter = true;
                        continue run;
                    }
                    case JUMP_MIN_UNTIL_3: {
                        Repeat r = ctx.rep;
                        r.lastPtr = dataPop();
                        if (ret) {
                            cont = RETURN;
                            continue;
                        }
                        r.count = ctx.count - 1;
                        this.ptr = ptr;
                        cont = RETURN;
                        continue;
                    }
                    case C_POSS_MIN:
                        if (ctx.count < u(code[pc + 1])) {
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = enterFrame(JUMP_POSS_REPEAT_1, false);
                            pc = pc + 3;
                            enter = true;
                            continue run;
                        }
                        // -1 ("NULL") differs from any position, so the loop is entered.
                        ptr = -1;
                        cont = C_POSS_LOOP;
                        continue;
                    case JUMP_POSS_REPEAT_1:
                        if (ret) {
                            ctx.count++;
                            cont = C_POSS_MIN;
                            continue;
                        }
                        this.ptr = ptr;
                        cont = RETURN;
                        continue;
                    case C_POSS_LOOP: {
                        long max = u(code[pc + 2]);
                        if ((ctx.count < max || max == MAXREPEAT) && this.ptr != ptr) {
                            ctx.lastmark = lastmark;
                            ctx.lastindex = lastindex;
                            markPush(ctx.lastmark);
                            // zero-width match protection: remember where this iteration began
                            ptr = this.ptr;
                            ctx.pc = pc;
                            ctx.ptr = ptr;
                            ctx = enterFrame(JUMP_POSS_REPEAT_2, false);
                            pc = pc + 3;
                            enter = true;
                            continue run;
                        }
                        cont = C_POSS_TAIL;
                        continue;
                    }
                    case JUMP_POSS_REPEAT_2:
                        if (ret) {
                            markPopDiscard(ctx.lastmark);
                            ctx.count++;
                            cont = C_POSS_LOOP;
                            continue;
                        }
                        markPop(ctx.lastmark);
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        this.ptr = ptr;
                        cont = C_POSS_TAIL;
                        continue;
                    case C_POSS_TAIL:
                        pc += code[pc] + 1;
                        ptr = this.ptr;
                        enter = false;
                        continue run;
                    case JUMP_ATOMIC_GROUP:
                        if (!ret) {
                            this.ptr = ptr;
                            cont = RETURN;
                            continue;
                        }
                        pc += code[pc];
                        ptr = this.ptr;
                        enter = false;
                        continue run;
                    case JUMP_ASSERT:
                        if (!ret) {
                            cont = RETURN;
                            continue;
                        }
                        pc += code[pc];
                        enter = false;
                        continue run;
                    case JUMP_ASSERT_NOT:
                        if (ret) {
                            if (repeat != null) {
                                markPopDiscard(ctx.lastmark);
                            }
                            ret = false;
                            cont = RETURN;
                            continue;
                        }
                        if (repeat != null) {
                            markPop(ctx.lastmark);
                        }
                        lastmark = ctx.lastmark;
                        lastindex = ctx.lastindex;
                        pc += code[pc];
                        enter = false;
                        continue run;
                    default:
                        throw illegal();
                }
            }
        }
    }

    /** Starts a callee frame (DO_JUMP): the caller has saved its pc and ptr. */
    private Frame enterFrame(int jump, boolean toplevel) {
        Frame f = pushFrame();
        f.jump = jump;
        f.toplevel = toplevel;
        return f;
    }

    private static boolean sameChar(int op, int a, int b) {
        return switch (op) {
            case GROUPREF -> a == b;
            case GROUPREF_IGNORE -> SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
            case GROUPREF_UNI_IGNORE -> SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
            default -> SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
        };
    }

    /**
     * SRE(search): find the first position from {@link #start} where the code matches. On success
     * {@link #start} and {@link #ptr} delimit the match.
     */
    boolean search() {
        final int[] code = this.code;
        int p = this.start;
        int e = this.end;
        int pc = 0;
        int prefixLen = 0;
        int prefixSkip = 0;
        int prefix = -1;
        int overlap = -1;
        int charsetPc = -1;
        int flags = 0;

        if (p > e) {
            return false;
        }
        if (code[0] == INFO) {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            long min = u(code[3]);
            if (min != 0 && e - p < min) {
                return false;
            }
            if (min > 1) {
                // no match can start in the last min-1 positions (the literal scans below use the
                // real end again)
                e -= (int) (min - 1);
                if (e <= p) {
                    e = p;
                }
            }
            if ((flags & INFO_PREFIX) != 0) {
                // <length> <skip> <prefix data> <overlap data>
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            } else if ((flags & INFO_CHARSET) != 0) {
                charsetPc = 5;
            }
            pc = 1 + code[1];
        }

        if (prefixLen == 1) {
            // the pattern starts with a literal character
            int c = code[prefix];
            e = this.end;
            mustAdvance = false;
            while (p < e) {
                p = find(c, p, e);
                if (p < 0) {
                    return false;
                }
                start = p;
                ptr = p + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) {
                    return true;
                }
                if (match(pc + 2 * prefixSkip, false)) {
                    return true;
                }
                ++p;
                lastmark = lastindex = -1;
            }
            return false;
        }

        if (prefixLen > 1) {
            // a known prefix: use the overlap table to skip forward (Knuth-Morris-Pratt)
            e = this.end;
            if (prefixLen > e - p) {
                return false;
            }
            while (p < e) {
                int c = code[prefix];
                p = find(c, p, e);
                if (p < 0) {
                    return false;
                }
                p++;
                if (p >= e) {
                    return false;
                }
                int i = 1;
                mustAdvance = false;
                do {
                    if (at(p) == code[prefix + i]) {
                        if (++i != prefixLen) {
                            if (++p >= e) {
                                return false;
                            }
                            continue;
                        }
                        // a potential match
                        start = p - (prefixLen - 1);
                        ptr = p - (prefixLen - prefixSkip - 1);
                        if ((flags & INFO_LITERAL) != 0) {
                            return true;
                        }
                        if (match(pc + 2 * prefixSkip, false)) {
                            return true;
                        }
                        if (++p >= e) {
                            return false;
                        }
                        lastmark = lastindex = -1;
                    }
                    i = code[overlap + i];
                } while (i != 0);
            }
            return false;
        }

        if (charsetPc >= 0) {
            // the pattern starts with a character from a known set
            e = this.end;
            mustAdvance = false;
            for (;;) {
                while (p < e && !charset(charsetPc, at(p))) {
                    p++;
                }
                if (p >= e) {
                    return false;
                }
                start = p;
                ptr = p;
                if (match(pc, false)) {
                    return true;
                }
                p++;
                lastmark = lastindex = -1;
            }
        }

        // general case
        start = ptr = p;
        boolean status = match(pc, true);
        mustAdvance = false;
        if (!status && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = ptr = e;
            return false;
        }
        while (!status && p < e) {
            p++;
            lastmark = lastindex = -1;
            start = ptr = p;
            status = match(pc, false);
        }
        return status;
    }
}
