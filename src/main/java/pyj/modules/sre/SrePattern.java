package pyj.modules.sre;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled pattern: what {@code _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)}
 * builds from the code list of {@code re/_compiler.py}, with the matching operations of
 * {@code _sre.SRE_Pattern} on plain Java data. The Python-facing object (repr, groupindex proxy,
 * str/bytes results) is built around it by the module glue.
 */
public final class SrePattern {
    private final int[] code;
    private final int flags;
    private final int groups;
    private final Boolean isBytes;
    private final Object[] indexgroup;
    private Runnable checkpoint;

    private SrePattern(int[] code, int flags, int groups, Boolean isBytes, Object[] indexgroup) {
        this.code = code;
        this.flags = flags;
        this.groups = groups;
        this.isBytes = isBytes;
        this.indexgroup = indexgroup;
    }

    /**
     * {@code _sre.compile}. {@code code} holds the values of the code list (each must fit SRE_CODE,
     * an unsigned 32-bit word); {@code isBytes} says whether the source pattern was bytes (null when
     * it was None); {@code indexgroup} maps group numbers to names (null entries for unnamed groups;
     * the whole array may be null when there are no named groups).
     *
     * @throws SreError OverflowError for a code value that does not fit, RuntimeError "invalid SRE
     *     code" when the code fails validation
     */
    public static SrePattern compile(long[] code, int flags, long groups, Boolean isBytes, Object[] indexgroup) {
        int[] c = new int[code.length];
        for (int i = 0; i < code.length; i++) {
            if (code[i] < 0) {
                throw new SreError(SreError.Kind.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
            }
            if (code[i] > 0xFFFFFFFFL) {
                throw new SreError(SreError.Kind.OVERFLOW_ERROR, "regular expression code size limit exceeded");
            }
            c[i] = (int) code[i];
        }
        if (!SreValidator.isValid(c, groups)) {
            throw new SreError(SreError.Kind.RUNTIME_ERROR, "invalid SRE code");
        }
        Object[] ig = indexgroup == null || indexgroup.length == 0 ? null : indexgroup.clone();
        return new SrePattern(c, flags, (int) groups, isBytes, ig);
    }

    /** {@link #compile(long[], int, long, Boolean, Object[])} for code already in 32-bit words. */
    public static SrePattern compile(int[] code, int flags, long groups, Boolean isBytes, Object[] indexgroup) {
        long[] wide = new long[code.length];
        for (int i = 0; i < code.length; i++) {
            wide[i] = code[i] & 0xFFFFFFFFL;
        }
        return compile(wide, flags, groups, isBytes, indexgroup);
    }

    /**
     * Sets the hook run every few thousand matcher steps (CPython checks for signals there); it may
     * throw to abandon the match, e.g. with KeyboardInterrupt.
     */
    public void setCheckpoint(Runnable checkpoint) {
        this.checkpoint = checkpoint;
    }

    public int flags() {
        return flags;
    }

    /** Number of capturing groups (Pattern.groups). */
    public int groups() {
        return groups;
    }

    /** True for a bytes pattern, false for str, null when compiled from None. */
    public Boolean isBytes() {
        return isBytes;
    }

    Object[] indexgroup() {
        return indexgroup;
    }

    /** A copy of the code words. */
    public int[] code() {
        return code.clone();
    }

    private SreState state(SreSubject s, long pos, long endpos) {
        if (s.isBytes() && Boolean.FALSE.equals(isBytes)) {
            throw new SreError(SreError.Kind.TYPE_ERROR, "cannot use a string pattern on a bytes-like object");
        }
        if (!s.isBytes() && Boolean.TRUE.equals(isBytes)) {
            throw new SreError(SreError.Kind.TYPE_ERROR, "cannot use a bytes pattern on a string-like object");
        }
        return new SreState(code, groups, s, pos, endpos, checkpoint);
    }

    /** Pattern.match(string, pos, endpos); null when there is no match. */
    public SreMatch match(SreSubject s, long pos, long endpos) {
        SreState st = state(s, pos, endpos);
        st.ptr = st.start;
        return st.match(0, true) ? new SreMatch(this, st) : null;
    }

    public SreMatch match(SreSubject s) {
        return match(s, 0, Long.MAX_VALUE);
    }

    /** Pattern.fullmatch(string, pos, endpos). */
    public SreMatch fullmatch(SreSubject s, long pos, long endpos) {
        SreState st = state(s, pos, endpos);
        st.ptr = st.start;
        st.matchAll = true;
        return st.match(0, true) ? new SreMatch(this, st) : null;
    }

    public SreMatch fullmatch(SreSubject s) {
        return fullmatch(s, 0, Long.MAX_VALUE);
    }

    /** Pattern.search(string, pos, endpos). */
    public SreMatch search(SreSubject s, long pos, long endpos) {
        SreState st = state(s, pos, endpos);
        return st.search() ? new SreMatch(this, st) : null;
    }

    public SreMatch search(SreSubject s) {
        return search(s, 0, Long.MAX_VALUE);
    }

    /** Pattern.scanner(string, pos, endpos); {@code finditer} iterates its {@code search}. */
    public SreScanner scanner(SreSubject s, long pos, long endpos) {
        return new SreScanner(this, state(s, pos, endpos));
    }

    /**
     * The matches Pattern.findall and finditer produce, in order. findall turns each into group 0
     * (no groups), group 1 (one group) or a tuple of all groups, with "" for groups that did not
     * take part.
     */
    public List<SreMatch> findall(SreSubject s, long pos, long endpos) {
        SreScanner sc = scanner(s, pos, endpos);
        List<SreMatch> out = new ArrayList<>();
        for (SreMatch m; (m = sc.search()) != null; ) {
            out.add(m);
        }
        return out;
    }

    /**
     * Pattern.split as spans into the subject: for each piece a start and end, (-1, -1) for a group
     * that did not take part (None). Pieces are: text before each match, then each match's groups,
     * and finally the text after the last match.
     */
    public int[] split(SreSubject s, long maxsplit) {
        SreState st = state(s, 0, Long.MAX_VALUE);
        IntList out = new IntList();
        int n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            out.add(last, st.start);
            for (int i = 0; i < groups; i++) {
                int j = 2 * i;
                if (j + 1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
                    out.add(st.mark[j], st.mark[j + 1]);
                } else {
                    out.add(-1, -1);
                }
            }
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        out.add(last, st.endpos);
        return out.toArray();
    }

    /** What Pattern.sub/subn hand their pieces to. */
    public interface SubSink {
        /** Subject text [start, end) is kept. */
        void keep(int start, int end);

        /** A match is replaced; {@code m} is null when the caller did not ask for match objects. */
        void replace(int start, int end, SreMatch m);
    }

    /**
     * The loop of Pattern.sub/subn (sre.c's pattern_subx): up to {@code count} (0 = all; negative = none, as in CPython) matches are
     * handed to {@code sink} with the text between them. Deciding what replaces a match is the
     * caller's: in 3.11 a template without a backslash is literal, anything else goes through
     * {@code re._subx(pattern, template)}, which returns a literal or a callable. Returns the number
     * of substitutions.
     */
    public int sub(SreSubject s, long count, boolean wantMatch, SubSink sink) {
        SreState st = state(s, 0, Long.MAX_VALUE);
        int n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            int b = st.start;
            int e = st.ptr;
            if (i < b) {
                sink.keep(i, b);
            }
            sink.replace(b, e, wantMatch ? new SreMatch(this, st) : null);
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if (i < st.endpos) {
            sink.keep(i, st.endpos);
        }
        return n;
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] a = new int[16];
        private int n;

        void add(int x, int y) {
            if (n + 2 > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = x;
            a[n++] = y;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
