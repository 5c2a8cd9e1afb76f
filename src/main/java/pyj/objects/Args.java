package pyj.objects;

/**
 * Argument parsing for functions written in Java: positional and keyword arguments matched to
 * parameter names, with CPython's TypeError messages. A name "" is positional-only.
 */
public final class Args {
    private final PyObject[] values;
    private final String fname;

    public Args(String fname, PyObject[] args, String[] kwnames, String[] names, int required, int maxPositional) {
        this.fname = fname;
        int nk = kwnames == null ? 0 : kwnames.length;
        int np = args.length - nk;
        values = new PyObject[names.length];
        if (np > maxPositional) {
            if (maxPositional == 0) {
                throw Exc.typeError(fname + "() takes no positional arguments");
            }
            throw Exc.typeError(fname + "() takes at most " + maxPositional + " argument" + (maxPositional == 1 ? "" : "s")
                    + " (" + np + " given)");
        }
        System.arraycopy(args, 0, values, 0, np);
        for (int k = 0; k < nk; k++) {
            String kn = kwnames[k];
            int idx = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kn)) {
                    idx = i;
                }
            }
            if (idx < 0) {
                // getargs.c / _PyArg_UnpackKeywords in 3.11.
                throw Exc.typeError("'" + kn + "' is an invalid keyword argument for " + fname + "()");
            }
            if (values[idx] != null) {
                throw Exc.typeError("argument for " + fname + "() given by name ('" + kn + "') and position ("
                        + (idx + 1) + ")");
            }
            values[idx] = args[np + k];
        }
        for (int i = 0; i < required; i++) {
            if (values[i] == null) {
                if (names[i].isEmpty()) {
                    throw Exc.typeError(fname + "() takes at least " + required + " argument" + (required == 1 ? "" : "s")
                            + " (" + np + " given)");
                }
                throw Exc.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
    }

    public PyObject get(int i, PyObject dflt) {
        return values[i] == null ? dflt : values[i];
    }

    public String fname() {
        return fname;
    }

    /** PyArg_ParseTuple's count check ("count() takes at least 1 argument (0 given)"), no keywords. */
    public static void checkParseTuple(String qual, PyObject[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Exc.typeError(qual + "() takes no keyword arguments");
        }
        String bare = qual.substring(qual.lastIndexOf('.') + 1);
        int n = args.length;
        if (n < min) {
            throw Exc.typeError(bare + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
        }
        if (n > max) {
            throw Exc.typeError(bare + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    /** Checks a call with positional arguments only, between min and max of them. */
    public static void checkPositional(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Exc.typeError(fname + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n < min || n > max) {
            // METH_NOARGS / METH_O name the type ("str.upper()"); argument clinic's checks do not
            String bare = fname.substring(fname.lastIndexOf('.') + 1);
            if (min == max) {
                throw Exc.typeError(min == 0 ? fname + "() takes no arguments (" + n + " given)"
                        : min == 1 ? fname + "() takes exactly one argument (" + n + " given)"
                        : bare + " expected " + min + " arguments, got " + n);
            }
            if (n < min) {
                throw Exc.typeError(bare + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            }
            throw Exc.typeError(bare + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }
}
