package pyj.modules.sre;

/**
 * _sre's scanner: successive matches or searches over one subject, each starting where the last
 * ended; after an empty match the next one must advance (Python 3.7+). {@code finditer} is
 * {@code iter(scanner.search, None)}.
 */
public final class SreScanner {
    private final SrePattern pattern;
    private final SreState state;
    private boolean exhausted;
    private boolean executing;

    SreScanner(SrePattern pattern, SreState state) {
        this.pattern = pattern;
        this.state = state;
    }

    public SrePattern pattern() {
        return pattern;
    }

    /** Scanner.match(): the next match anchored where the last one ended, or null. */
    public SreMatch match() {
        return next(false);
    }

    /** Scanner.search(): the next match at or after where the last one ended, or null. */
    public SreMatch search() {
        return next(true);
    }

    private SreMatch next(boolean search) {
        if (executing) {
            throw new SreError(SreError.Kind.VALUE_ERROR, "regular expression scanner already executing");
        }
        executing = true;
        try {
            if (exhausted) {
                return null;
            }
            state.reset();
            state.ptr = state.start;
            boolean found = search ? state.search() : state.match(0, true);
            if (!found) {
                exhausted = true;
                return null;
            }
            SreMatch m = new SreMatch(pattern, state);
            state.mustAdvance = state.ptr == state.start;
            state.start = state.ptr;
            return m;
        } finally {
            executing = false;
        }
    }
}
