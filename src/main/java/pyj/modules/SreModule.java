package pyj.modules;

import java.util.ArrayList;
import java.util.List;
import pyj.interp.InterpreterState;
import pyj.modules.sre.SreChars;
import pyj.modules.sre.SreConstants;
import pyj.modules.sre.SreError;
import pyj.modules.sre.SreMatch;
import pyj.modules.sre.SrePattern;
import pyj.modules.sre.SreScanner;
import pyj.modules.sre.SreSubject;
import pyj.objects.Abstract;
import pyj.objects.Args;
import pyj.objects.Exc;
import pyj.objects.Iterators;
import pyj.objects.Methods;
import pyj.objects.PyBool;
import pyj.objects.PyDict;
import pyj.objects.PyInt;
import pyj.objects.PyIterator;
import pyj.objects.PyList;
import pyj.objects.PyModule;
import pyj.objects.PyObject;
import pyj.objects.PySingleton;
import pyj.objects.PyStr;
import pyj.objects.PyTuple;
import pyj.objects.PyType;

/**
 * _sre (Modules/_sre/sre.c, 3.11): the Python-facing Pattern, Match and SRE_Scanner over the Java
 * engine in pyj.modules.sre. Only str subjects exist until pyj has bytes.
 */
final class SreModule {
    private SreModule() {}

    static final PyType PATTERN = ModuleDefs.type("re", "Pattern");
    static final PyType MATCH = ModuleDefs.type("re", "Match");
    static final PyType SCANNER = ModuleDefs.type("_sre", "SRE_Scanner");
    static final long MAXSIZE = Long.MAX_VALUE;
    static final PyObject NONE = PySingleton.NONE;

    /** A compiled pattern (PatternObject). */
    static final class Pattern extends PyObject {
        final SrePattern engine;
        final PyObject pattern;
        final int flags;
        final PyDict groupindex;
        final PyObject indexgroup;
        final InterpreterState interp;

        Pattern(SrePattern engine, PyObject pattern, int flags, PyDict groupindex, PyObject indexgroup,
                InterpreterState interp) {
            this.engine = engine;
            this.pattern = pattern;
            this.flags = flags;
            this.groupindex = groupindex;
            this.indexgroup = indexgroup;
            this.interp = interp;
        }

        @Override
        public PyType type() {
            return PATTERN;
        }
    }

    /** A match (MatchObject): the engine's spans plus the string the match was made on. */
    static final class Match extends PyObject {
        final Pattern pattern;
        final SreMatch m;
        final PyObject string;

        Match(Pattern pattern, SreMatch m, PyObject string) {
            this.pattern = pattern;
            this.m = m;
            this.string = string;
        }

        @Override
        public PyType type() {
            return MATCH;
        }
    }

    static final class Scanner extends PyObject {
        final Pattern pattern;
        final SreScanner sc;
        final PyObject string;
        boolean executing;

        Scanner(Pattern pattern, SreScanner sc, PyObject string) {
            this.pattern = pattern;
            this.sc = sc;
            this.string = string;
        }

        @Override
        public PyType type() {
            return SCANNER;
        }
    }

    /** The Python exception CPython raises for an engine error. */
    static PyObject[] noArgs() {
        return new PyObject[0];
    }

    static RuntimeException toPython(SreError e) {
        return switch (e.kind()) {
            case RUNTIME_ERROR -> Exc.runtimeError(e.getMessage());
            case OVERFLOW_ERROR -> Exc.overflow(e.getMessage());
            case TYPE_ERROR -> Exc.typeError(e.getMessage());
            case VALUE_ERROR -> Exc.valueError(e.getMessage());
            case INDEX_ERROR -> Exc.indexError(e.getMessage());
            case MEMORY_ERROR -> Exc.of(Exc.MemoryError, e.getMessage());
        };
    }

    /** getstring: the subject for a str, bytes or bytearray (a copy: the matcher must not see it change). */
    static SreSubject subject(PyObject o) {
        if (o instanceof PyStr s) {
            return s.isBmp() ? SreSubject.ofBmp(s.value()) : SreSubject.ofString(s.value());
        }
        if (o instanceof pyj.objects.PyBytes b) {
            return SreSubject.ofBytes(b.bytes().clone());
        }
        throw Exc.typeError("expected string or bytes-like object, got '" + Abstract.typeName(o) + "'");
    }

    /** getslice for a str subject: always an exact str. */
    static PyObject slice(Match mo, int start, int end) {
        return slice(mo.m.subject(), start, end);
    }

    /** getslice: an exact str for a str subject, bytes for a bytes-like one. */
    static PyObject slice(SreSubject s, int start, int end) {
        return s.isBytes() ? pyj.objects.PyBytes.of(s.slice(start, end)) : PyStr.of(s.substring(start, end));
    }

    private static final String[] POS_NAMES = {"string", "pos", "endpos"};

    private interface PosCall {
        PyObject call(Pattern p, PyObject string, SreSubject s, long pos, long endpos);
    }

    /** Defines a Pattern method taking (string, pos=0, endpos=sys.maxsize). */
    private static void defPos(String name, PosCall f) {
        String qual = name;
        Methods.defKw(PATTERN, name, (a, kw) -> {
            Pattern p = (Pattern) a[0];
            Args args = new Args(qual, java.util.Arrays.copyOfRange(a, 1, a.length), kw, POS_NAMES, 1, 3);
            PyObject string = args.get(0, null);
            long pos = ModuleDefs.ssize(args.get(1, PyInt.ZERO));
            long endpos = ModuleDefs.ssize(args.get(2, PyInt.of(MAXSIZE)));
            SreSubject s = subject(string);
            try {
                return f.call(p, string, s, pos, endpos);
            } catch (SreError e) {
                throw toPython(e);
            }
        });
    }

    static PyObject match(Pattern p, SreMatch m, PyObject string) {
        return m == null ? NONE : new Match(p, m, string);
    }

    static PyModule create(InterpreterState interp) {
        PyModule mod = new PyModule("_sre");
        mod.dict.putStr("MAGIC", PyInt.of(20220615));
        mod.dict.putStr("CODESIZE", PyInt.of(SreChars.getcodesize()));
        mod.dict.putStr("MAXREPEAT", PyInt.of(SreConstants.MAXREPEAT));
        mod.dict.putStr("MAXGROUPS", PyInt.of(SreConstants.MAXGROUPS));
        mod.dict.putStr("copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        ModuleDefs.def(mod, "getcodesize", (a, k) -> {
            Args.checkPositional("getcodesize", a, k, 0, 0);
            return PyInt.of(SreChars.getcodesize());
        });
        defChar(mod, "ascii_iscased", c -> PyBool.of(SreChars.asciiIscased(c)));
        defChar(mod, "unicode_iscased", c -> PyBool.of(SreChars.unicodeIscased(c)));
        defChar(mod, "ascii_tolower", c -> PyInt.of(SreChars.asciiTolower(c)));
        defChar(mod, "unicode_tolower", c -> PyInt.of(SreChars.unicodeTolower(c)));
        ModuleDefs.def(mod, "compile", (a, kw) -> {
            Args args = new Args("compile", a, kw,
                    new String[] {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6, 6);
            return compile(interp, args);
        });
        return mod;
    }

    private static void defChar(PyModule mod, String name, java.util.function.IntFunction<PyObject> f) {
        ModuleDefs.def(mod, name, (a, k) -> {
            Args args = new Args(name, a, k, new String[] {"character"}, 1, 1);
            PyObject c = args.get(0, null);
            if (!(c instanceof PyInt i)) {
                throw Exc.typeError("an integer is required");
            }
            if (!i.isLong() || i.longValue() < Integer.MIN_VALUE || i.longValue() > Integer.MAX_VALUE) {
                throw Exc.overflow("Python int too large to convert to C int");
            }
            return f.apply(i.intValue());
        });
    }

    private static PyObject compile(InterpreterState interp, Args args) {
        PyObject pattern = args.get(0, null);
        PyObject flagsObj = args.get(1, null);
        PyObject codeObj = args.get(2, null);
        PyObject groupsObj = args.get(3, null);
        PyObject groupindex = args.get(4, null);
        PyObject indexgroup = args.get(5, null);
        if (!(flagsObj instanceof PyInt fl)) {
            throw Exc.typeError("'" + Abstract.typeName(flagsObj) + "' object cannot be interpreted as an integer");
        }
        if (!(codeObj instanceof PyList codeList)) {
            throw Exc.typeError("compile() argument 'code' must be list, not " + Abstract.typeName(codeObj));
        }
        if (!(groupindex instanceof PyDict gi)) {
            throw Exc.typeError("compile() argument 'groupindex' must be dict, not " + Abstract.typeName(groupindex));
        }
        if (!(indexgroup instanceof PyTuple ig)) {
            throw Exc.typeError("compile() argument 'indexgroup' must be tuple, not " + Abstract.typeName(indexgroup));
        }
        PyObject[] items = codeList.toArray();
        long[] code = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyInt v)) {
                throw Exc.typeError("an integer is required");
            }
            if (!v.isLong()) {
                throw v.signum() < 0 ? Exc.overflow("can't convert negative int to unsigned")
                        : Exc.overflow("regular expression code size limit exceeded");
            }
            code[i] = v.longValue();
        }
        Boolean isBytes;
        if (pattern == NONE) {
            isBytes = null;
        } else {
            isBytes = subject(pattern).isBytes();
        }
        Object[] names = new Object[ig.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = ig.get(i) instanceof PyStr s ? s.value() : null;
        }
        long groups = ModuleDefs.ssize(groupsObj);
        try {
            SrePattern engine = SrePattern.compile(code, (int) fl.longValue(), groups, isBytes, names);
            return new Pattern(engine, pattern, (int) fl.longValue(), gi.copy(), ig, interp);
        } catch (SreError e) {
            throw toPython(e);
        }
    }

    // ---- Pattern ----

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    /** PyUnicode_FromFormat's %.200R / %.50R: the repr cut to n code points. */
    static String reprCut(PyObject o, int n) {
        String r = Abstract.repr(o).value();
        if (r.codePointCount(0, r.length()) > n) {
            r = r.substring(0, r.offsetByCodePoints(0, n));
        }
        return r;
    }

    static String patternRepr(Pattern p) {
        int flags = p.flags;
        int localeUnicodeAscii = 4 | 32 | 256;
        if (p.pattern instanceof PyStr && (flags & localeUnicodeAscii) == 32) {
            flags &= ~32; // re.UNICODE is the default for str patterns
        }
        StringBuilder sb = new StringBuilder("re.compile(").append(reprCut(p.pattern, 200));
        if (flags != 0) {
            sb.append(", ");
            boolean first = true;
            for (int i = 0; i < FLAG_NAMES.length; i++) {
                if ((flags & (1 << i)) != 0) {
                    sb.append(first ? "" : "|").append(FLAG_NAMES[i]);
                    first = false;
                    flags &= ~(1 << i);
                }
            }
            if (flags != 0) {
                sb.append(first ? "" : "|").append("0x").append(Integer.toHexString(flags));
            }
        }
        return sb.append(')').toString();
    }

    /** Calls re.NAME(args) as sre.c's call(SRE_PY_MODULE, ...) does, importing re if need be. */
    static PyObject callRe(InterpreterState interp, String name, PyObject... args) {
        PyObject re = Abstract.call(interp.builtins.dict.getStr("__import__"), PyStr.of("re"));
        return Abstract.call(Abstract.getAttr(re, name), args);
    }

    static {
        defPos("match", (p, str, s, pos, end) -> match(p, p.engine.match(s, pos, end), str));
        defPos("fullmatch", (p, str, s, pos, end) -> match(p, p.engine.fullmatch(s, pos, end), str));
        defPos("search", (p, str, s, pos, end) -> match(p, p.engine.search(s, pos, end), str));
        defPos("findall", (p, str, s, pos, end) -> {
            List<SreMatch> ms = p.engine.findall(s, pos, end);
            PyList out = new PyList();
            for (SreMatch m : ms) {
                Match mo = new Match(p, m, str);
                int groups = m.groupCount() - 1;
                if (groups == 0) {
                    out.append(slice(mo, m.start(0), m.end(0)));
                } else if (groups == 1) {
                    out.append(groupOrEmpty(mo, 1));
                } else {
                    PyObject[] t = new PyObject[groups];
                    for (int g = 1; g <= groups; g++) {
                        t[g - 1] = groupOrEmpty(mo, g);
                    }
                    out.append(new PyTuple(t));
                }
            }
            return out;
        });
        defPos("scanner", (p, str, s, pos, end) -> new Scanner(p, p.engine.scanner(s, pos, end), str));
        defPos("finditer", (p, str, s, pos, end) -> {
            Scanner sc = new Scanner(p, p.engine.scanner(s, pos, end), str);
            return PyIterator.of(Iterators.CALLABLE_ITER, () -> {
                PyObject r = scannerStep(sc, false);
                return r == NONE ? null : r;
            });
        });
        Methods.defKw(PATTERN, "split", (a, kw) -> {
            Pattern p = (Pattern) a[0];
            Args args = new Args("split", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"string", "maxsplit"}, 1, 2);
            PyObject string = args.get(0, null);
            long maxsplit = ModuleDefs.ssize(args.get(1, PyInt.ZERO));
            SreSubject s = subject(string);
            int[] spans;
            try {
                spans = p.engine.split(s, maxsplit);
            } catch (SreError e) {
                throw toPython(e);
            }
            PyList out = new PyList();
            for (int i = 0; i < spans.length; i += 2) {
                out.append(spans[i] < 0 ? NONE : slice(s, spans[i], spans[i + 1]));
            }
            return out;
        });
        Methods.defKw(PATTERN, "sub", (a, kw) -> subx((Pattern) a[0], "sub", a, kw, false));
        Methods.defKw(PATTERN, "subn", (a, kw) -> subx((Pattern) a[0], "subn", a, kw, true));
        Methods.def(PATTERN, "__repr__", 0, 0, a -> PyStr.of(patternRepr((Pattern) a[0])));
        Methods.def(PATTERN, "__copy__", 0, 0, a -> a[0]);
        Methods.def(PATTERN, "__deepcopy__", 1, 1, a -> a[0]);
        Methods.def(PATTERN, "__eq__", 1, 1, a -> patternEq(a[0], a[1]));
        Methods.def(PATTERN, "__ne__", 1, 1, a -> {
            PyObject r = patternEq(a[0], a[1]);
            return r == PySingleton.NOT_IMPLEMENTED ? r : PyBool.of(r == PyBool.FALSE);
        });
        Methods.def(PATTERN, "__hash__", 0, 0, a -> {
            Pattern p = (Pattern) a[0];
            long h = Abstract.hash(p.pattern) ^ java.util.Arrays.hashCode(p.engine.code()) ^ p.flags
                    ^ p.engine.code().length;
            return PyInt.of(h == -1 ? -2 : h);
        });
        Methods.getter(PATTERN, "pattern", x -> ((Pattern) x).pattern);
        Methods.getter(PATTERN, "flags", x -> PyInt.of(((Pattern) x).flags));
        Methods.getter(PATTERN, "groups", x -> PyInt.of(((Pattern) x).engine.groups()));
        // CPython answers a read-only mappingproxy; pyj has none yet, so a fresh copy keeps the pattern's own safe.
        Methods.getter(PATTERN, "groupindex", x -> ((Pattern) x).groupindex.copy());
        Methods.staticNew(PATTERN, (cls, args, kw) -> {
            throw Exc.typeError("cannot create 're.Pattern' instances");
        });

        installMatch();
        installScanner();
    }

    private static PyObject patternEq(PyObject a, PyObject b) {
        if (!(b instanceof Pattern q)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        Pattern p = (Pattern) a;
        if (p == q) {
            return PyBool.TRUE;
        }
        return PyBool.of(p.flags == q.flags && java.util.Objects.equals(p.engine.isBytes(), q.engine.isBytes())
                && java.util.Arrays.equals(p.engine.code(), q.engine.code()) && Abstract.eq(p.pattern, q.pattern));
    }

    /** pattern_subx: a callable, a literal template (no backslash), or what re._subx makes of it. */
    private static PyObject subx(Pattern p, String fname, PyObject[] a, String[] kw, boolean subn) {
        Args args = new Args(fname, java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                new String[] {"repl", "string", "count"}, 2, 3);
        PyObject repl = args.get(0, null);
        PyObject string = args.get(1, null);
        long count = ModuleDefs.ssize(args.get(2, PyInt.ZERO));
        PyObject filter;
        boolean callable;
        if (Abstract.isCallable(repl)) {
            filter = repl;
            callable = true;
        } else {
            boolean literal = repl instanceof PyStr rs ? rs.value().indexOf('\\') < 0
                    : repl instanceof pyj.objects.PyBytes rb && indexOf(rb.bytes(), '\\') < 0;
            if (literal) {
                filter = repl;
                callable = false;
            } else {
                filter = callRe(p.interp, "_subx", p, repl);
                callable = Abstract.isCallable(filter);
            }
        }
        SreSubject s = subject(string);
        List<PyObject> pieces = new ArrayList<>();
        PyObject f = filter;
        int n;
        try {
            n = p.engine.sub(s, count, callable, new SrePattern.SubSink() {
                @Override
                public void keep(int start, int end) {
                    pieces.add(slice(s, start, end));
                }

                @Override
                public void replace(int start, int end, SreMatch m) {
                    PyObject item = callable ? Abstract.call(f, new Match(p, m, string)) : f;
                    if (item != NONE) {
                        pieces.add(item);
                    }
                }
            });
        } catch (SreError e) {
            throw toPython(e);
        }
        if (s.isBytes()) {
            // b''.join(pieces), as pattern_subx joins a bytes subject's pieces.
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < pieces.size(); i++) {
                if (!(pieces.get(i) instanceof pyj.objects.PyBytes pb)) {
                    throw Exc.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + Abstract.typeName(pieces.get(i)) + " found");
                }
                out.writeBytes(pb.bytes());
            }
            PyObject joinedBytes = pyj.objects.PyBytes.of(out.toByteArray());
            return subn ? new PyTuple(joinedBytes, PyInt.of(n)) : joinedBytes;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof PyStr ps)) {
                throw Exc.typeError("sequence item " + i + ": expected str instance, "
                        + Abstract.typeName(pieces.get(i)) + " found");
            }
            sb.append(ps.value());
        }
        PyStr joined = PyStr.of(sb.toString());
        return subn ? new PyTuple(joined, PyInt.of(n)) : joined;
    }

    private static int indexOf(byte[] b, char c) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    // ---- Match ----

    /** match_getindex: an int (or index), else a name looked up in groupindex. */
    static int groupIndex(Match mo, PyObject index) {
        long i = -1;
        if (index instanceof PyInt || index.type().lookup("__index__") != null) {
            PyInt v = Abstract.index(index);
            i = v.isLong() ? v.longValue() : -1;
        } else {
            PyObject v = mo.pattern.groupindex.size() == 0 ? null : mo.pattern.groupindex.get(index);
            if (v instanceof PyInt vi && vi.isLong()) {
                i = vi.longValue();
            }
        }
        if (i < 0 || i >= mo.m.groupCount()) {
            throw Exc.indexError("no such group");
        }
        return (int) i;
    }

    static PyObject group(Match mo, int g, PyObject dflt) {
        int st = mo.m.start(g);
        int en = mo.m.end(g);
        return st < 0 ? dflt : slice(mo, st, en);
    }

    private static PyObject groupOrEmpty(Match mo, int g) {
        // findall's unmatched groups are empty slices of the subject's kind ('' or b'').
        return group(mo, g, slice(mo, 0, 0));
    }

    private static void installMatch() {
        Methods.defKw(MATCH, "group", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Exc.typeError("group() takes no keyword arguments");
            }
            Match mo = (Match) a[0];
            if (a.length == 1) {
                return group(mo, 0, NONE);
            }
            if (a.length == 2) {
                return group(mo, groupIndex(mo, a[1]), NONE);
            }
            PyObject[] out = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                out[i - 1] = group(mo, groupIndex(mo, a[i]), NONE);
            }
            return new PyTuple(out);
        });
        Methods.def(MATCH, "__getitem__", 1, 1, a -> group((Match) a[0], groupIndex((Match) a[0], a[1]), NONE));
        Methods.defKw(MATCH, "groups", (a, kw) -> {
            Args args = new Args("groups", java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"default"}, 0, 1);
            Match mo = (Match) a[0];
            PyObject dflt = args.get(0, NONE);
            PyObject[] out = new PyObject[mo.m.groupCount() - 1];
            for (int g = 1; g < mo.m.groupCount(); g++) {
                out[g - 1] = group(mo, g, dflt);
            }
            return new PyTuple(out);
        });
        Methods.defKw(MATCH, "groupdict", (a, kw) -> {
            Args args = new Args("groupdict", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"default"}, 0, 1);
            Match mo = (Match) a[0];
            PyObject dflt = args.get(0, NONE);
            PyDict out = new PyDict();
            PyDict gi = mo.pattern.groupindex;
            for (int i = 0; i < gi.entryLimit(); i++) {
                PyObject key = gi.keyAt(i);
                if (key != null) {
                    out.put(key, group(mo, groupIndex(mo, key), dflt));
                }
            }
            return out;
        });
        Methods.defKw(MATCH, "start", (a, kw) -> PyInt.of(((Match) a[0]).m.start(optGroup("start", a, kw))));
        Methods.defKw(MATCH, "end", (a, kw) -> PyInt.of(((Match) a[0]).m.end(optGroup("end", a, kw))));
        Methods.defKw(MATCH, "span", (a, kw) -> {
            int g = optGroup("span", a, kw);
            SreMatch m = ((Match) a[0]).m;
            return new PyTuple(PyInt.of(m.start(g)), PyInt.of(m.end(g)));
        });
        Methods.def(MATCH, "expand", 1, 1, a -> {
            Match mo = (Match) a[0];
            return callRe(mo.pattern.interp, "_expand", mo.pattern, mo, a[1]);
        });
        Methods.def(MATCH, "__copy__", 0, 0, a -> a[0]);
        Methods.def(MATCH, "__deepcopy__", 1, 1, a -> a[0]);
        Methods.def(MATCH, "__repr__", 0, 0, a -> {
            Match mo = (Match) a[0];
            return PyStr.of("<re.Match object; span=(" + mo.m.start(0) + ", " + mo.m.end(0) + "), match="
                    + reprCut(group(mo, 0, NONE), 50) + ">");
        });
        Methods.getter(MATCH, "string", x -> ((Match) x).string);
        Methods.getter(MATCH, "re", x -> ((Match) x).pattern);
        Methods.getter(MATCH, "pos", x -> PyInt.of(((Match) x).m.pos()));
        Methods.getter(MATCH, "endpos", x -> PyInt.of(((Match) x).m.endpos()));
        Methods.getter(MATCH, "lastindex", x -> {
            int li = ((Match) x).m.lastindex();
            return li >= 0 ? PyInt.of(li) : NONE;
        });
        Methods.getter(MATCH, "lastgroup", x -> {
            Object g = ((Match) x).m.lastgroup();
            return g instanceof String s ? PyStr.of(s) : NONE;
        });
        Methods.getter(MATCH, "regs", x -> {
            SreMatch m = ((Match) x).m;
            PyObject[] out = new PyObject[m.groupCount()];
            for (int g = 0; g < out.length; g++) {
                out[g] = new PyTuple(PyInt.of(m.start(g)), PyInt.of(m.end(g)));
            }
            return new PyTuple(out);
        });
        Methods.staticNew(MATCH, (cls, args, kw) -> {
            throw Exc.typeError("cannot create 're.Match' instances");
        });
    }

    private static int optGroup(String fname, PyObject[] a, String[] kw) {
        Args args = new Args(fname, java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"group"}, 0, 1);
        PyObject g = args.get(0, null);
        return g == null ? 0 : groupIndex((Match) a[0], g);
    }

    // ---- Scanner ----

    static PyObject scannerStep(Scanner sc, boolean isMatch) {
        if (sc.executing) {
            throw Exc.valueError("regular expression scanner already executing");
        }
        sc.executing = true;
        try {
            SreMatch m = isMatch ? sc.sc.match() : sc.sc.search();
            return match(sc.pattern, m, sc.string);
        } catch (SreError e) {
            throw toPython(e);
        } finally {
            sc.executing = false;
        }
    }

    private static void installScanner() {
        Methods.def(SCANNER, "match", 0, 0, a -> scannerStep((Scanner) a[0], true));
        Methods.def(SCANNER, "search", 0, 0, a -> scannerStep((Scanner) a[0], false));
        Methods.getter(SCANNER, "pattern", x -> ((Scanner) x).pattern);
        Methods.staticNew(SCANNER, (cls, args, kw) -> {
            throw Exc.typeError("cannot create '_sre.SRE_Scanner' instances");
        });
    }
}
