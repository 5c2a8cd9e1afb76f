package pyj.modules.sre;

/**
 * A successful match (CPython's MatchObject without the Python objects): the span of the whole
 * match and of each group, in Python indexes; -1 for a group that did not take part.
 */
public final class SreMatch {
    private final SrePattern pattern;
    private final SreSubject subject;
    private final int pos;
    private final int endpos;
    /** marks[2*g], marks[2*g+1]: span of group g (0 = the whole match). */
    private final int[] marks;
    private final int lastindex;

    SreMatch(SrePattern pattern, SreState state) {
        this.pattern = pattern;
        this.subject = state.subject;
        this.pos = state.pos;
        this.endpos = state.endpos;
        int groups = pattern.groups();
        int[] m = new int[2 * (groups + 1)];
        m[0] = state.start;
        m[1] = state.ptr;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= state.lastmark && state.mark[j] >= 0 && state.mark[j + 1] >= 0) {
                m[j + 2] = state.mark[j];
                m[j + 3] = state.mark[j + 1];
                if (m[j + 2] > m[j + 3]) {
                    // CPython raises SystemError here; the engine never produces it
                    throw new IllegalStateException("The span of capturing group is wrong,"
                            + " please report a bug for the re module.");
                }
            } else {
                m[j + 2] = -1;
                m[j + 3] = -1;
            }
        }
        this.marks = m;
        this.lastindex = state.lastindex;
    }

    public SrePattern pattern() {
        return pattern;
    }

    public SreSubject subject() {
        return subject;
    }

    /** Match.pos and Match.endpos: the window the search ran in (clamped to the subject). */
    public int pos() {
        return pos;
    }

    public int endpos() {
        return endpos;
    }

    /** Number of groups including group 0 (the size of {@code regs}). */
    public int groupCount() {
        return marks.length / 2;
    }

    private int check(int g) {
        if (g < 0 || g >= marks.length / 2) {
            throw new SreError(SreError.Kind.INDEX_ERROR, "no such group");
        }
        return g;
    }

    /** Match.start(g): -1 if the group did not participate. */
    public int start(int g) {
        return marks[2 * check(g)];
    }

    public int end(int g) {
        return marks[2 * check(g) + 1];
    }

    /** A copy of all spans: start and end of group 0, 1, ... ({@code regs} flattened). */
    public int[] regs() {
        return marks.clone();
    }

    /** Match.lastindex, or -1 for None. */
    public int lastindex() {
        return lastindex;
    }

    /** Match.lastgroup: the name of the last closed group, or null for None. */
    public Object lastgroup() {
        Object[] ig = pattern.indexgroup();
        if (ig != null && lastindex >= 0 && lastindex < ig.length) {
            return ig[lastindex];
        }
        return null;
    }

    @Override
    public String toString() {
        return "<SreMatch span=(" + marks[0] + ", " + marks[1] + ")>";
    }
}
