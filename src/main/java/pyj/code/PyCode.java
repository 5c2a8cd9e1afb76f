package pyj.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A code object with CPython 3.11's fields, immutable once built.
 *
 * <p><b>co_code</b> is held as CPython's bytes: 16-bit code units, each an opcode byte followed by
 * an argument byte (so the bytes equal CPython's {@code co_code} for the same code). Real
 * instructions only: no specialized forms, which belong in an interpreter's own mutable copy.
 * Offsets in the exception table count code units; dis and co_lines count bytes.
 *
 * <p><b>Locals</b> are CPython 3.11's "localsplus" layout: {@link #localsPlusNames()} with a kind
 * byte each ({@link #CO_FAST_LOCAL}, {@link #CO_FAST_CELL}, {@link #CO_FAST_FREE}; an argument
 * captured by an inner function is LOCAL|CELL). co_varnames, co_cellvars, co_freevars and
 * co_nlocals are derived from it. LOAD_FAST/LOAD_DEREF/... arguments index this array.
 *
 * <p><b>co_consts</b> holds Java values: see {@link CodeConstants} and {@link pyj.parse.ast.Constants}.
 */
public final class PyCode {
    // co_flags (Include/cpython/code.h).
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    /** Not set by CPython 3.11's compiler any more; kept for code built by hand. */
    public static final int CO_NOFREE = 0x0040;
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;
    // __future__ flags, also carried in co_flags.
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    // Kinds of localsplus entries (Include/internal/pycore_code.h).
    public static final byte CO_FAST_LOCAL = 0x20;
    public static final byte CO_FAST_CELL = 0x40;
    public static final byte CO_FAST_FREE = (byte) 0x80;

    private final int argcount;
    private final int posonlyargcount;
    private final int kwonlyargcount;
    private final int stacksize;
    private final int flags;
    private final byte[] code;
    private final List<Object> consts;
    private final List<String> names;
    private final List<String> localsPlusNames;
    private final byte[] localsPlusKinds;
    private final String filename;
    private final String name;
    private final String qualname;
    private final int firstlineno;
    private final byte[] linetable;
    private final byte[] exceptiontable;

    // Derived from localsplus.
    private final List<String> varnames;
    private final List<String> cellvars;
    private final List<String> freevars;

    public PyCode(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
            byte[] code, List<?> consts, List<String> names, List<String> localsPlusNames,
            byte[] localsPlusKinds, String filename, String name, String qualname, int firstlineno,
            byte[] linetable, byte[] exceptiontable) {
        if ((code.length & 1) != 0) {
            throw new IllegalArgumentException("co_code must be whole 16-bit code units");
        }
        if (localsPlusNames.size() != localsPlusKinds.length) {
            throw new IllegalArgumentException("one kind per localsplus name");
        }
        List<String> v = new ArrayList<>();
        List<String> c = new ArrayList<>();
        List<String> f = new ArrayList<>();
        for (int i = 0; i < localsPlusKinds.length; i++) {
            int k = localsPlusKinds[i] & 0xff;
            String n = localsPlusNames.get(i);
            if (k == (CO_FAST_FREE & 0xff)) {
                f.add(n);
            } else if ((k & ~(CO_FAST_LOCAL | CO_FAST_CELL)) != 0 || k == 0) {
                throw new IllegalArgumentException("bad localsplus kind " + k + " for " + n);
            } else {
                if ((k & CO_FAST_LOCAL) != 0) {
                    v.add(n);
                }
                if ((k & CO_FAST_CELL) != 0) {
                    c.add(n);
                }
            }
        }
        if (argcount + kwonlyargcount + ((flags & CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0) > v.size() || posonlyargcount > argcount) {
            throw new IllegalArgumentException("more arguments than local variables");
        }
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.code = code.clone();
        this.consts = List.copyOf(consts);
        this.names = List.copyOf(names);
        this.localsPlusNames = List.copyOf(localsPlusNames);
        this.localsPlusKinds = localsPlusKinds.clone();
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.linetable = linetable.clone();
        this.exceptiontable = exceptiontable.clone();
        this.varnames = List.copyOf(v);
        this.cellvars = List.copyOf(c);
        this.freevars = List.copyOf(f);
    }

    /**
     * Builds the localsplus layout from co_varnames, co_cellvars and co_freevars as
     * {@code types.CodeType(...)} does: varnames first, then cells that are not also varnames
     * (those that are become LOCAL|CELL in place), then free variables.
     */
    public static PyCode of(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
            byte[] code, List<?> consts, List<String> names, List<String> varnames, String filename,
            String name, String qualname, int firstlineno, byte[] linetable, byte[] exceptiontable,
            List<String> freevars, List<String> cellvars) {
        List<String> lp = new ArrayList<>(varnames);
        List<Byte> kinds = new ArrayList<>();
        for (int i = 0; i < varnames.size(); i++) {
            kinds.add(cellvars.contains(varnames.get(i)) ? (byte) (CO_FAST_LOCAL | CO_FAST_CELL) : CO_FAST_LOCAL);
        }
        for (String cell : cellvars) {
            if (!varnames.contains(cell)) {
                lp.add(cell);
                kinds.add(CO_FAST_CELL);
            }
        }
        for (String free : freevars) {
            lp.add(free);
            kinds.add(CO_FAST_FREE);
        }
        byte[] k = new byte[kinds.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = kinds.get(i);
        }
        return new PyCode(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code, consts, names,
                lp, k, filename, name, qualname, firstlineno, linetable, exceptiontable);
    }

    public int argcount() {
        return argcount;
    }

    public int posonlyargcount() {
        return posonlyargcount;
    }

    public int kwonlyargcount() {
        return kwonlyargcount;
    }

    public int stacksize() {
        return stacksize;
    }

    public int flags() {
        return flags;
    }

    /** co_code (a copy). */
    public byte[] code() {
        return code.clone();
    }

    /** Number of 16-bit code units in co_code. */
    public int codeUnits() {
        return code.length >> 1;
    }

    /** The opcode byte of code unit {@code unit}. */
    public int opcodeAt(int unit) {
        return code[2 * unit] & 0xff;
    }

    /** The argument byte of code unit {@code unit}. */
    public int argAt(int unit) {
        return code[2 * unit + 1] & 0xff;
    }

    public List<Object> consts() {
        return consts;
    }

    public List<String> names() {
        return names;
    }

    public List<String> localsPlusNames() {
        return localsPlusNames;
    }

    /** co_localspluskinds (a copy). */
    public byte[] localsPlusKinds() {
        return localsPlusKinds.clone();
    }

    public int localsPlusKind(int index) {
        return localsPlusKinds[index] & 0xff;
    }

    /** Name of localsplus slot {@code oparg}: what LOAD_FAST, LOAD_DEREF etc. refer to. */
    public String varnameFromOparg(int oparg) {
        return localsPlusNames.get(oparg);
    }

    public List<String> varnames() {
        return varnames;
    }

    public List<String> cellvars() {
        return cellvars;
    }

    public List<String> freevars() {
        return freevars;
    }

    public int nlocals() {
        return varnames.size();
    }

    public String filename() {
        return filename;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public int firstlineno() {
        return firstlineno;
    }

    /** co_linetable (a copy). */
    public byte[] linetable() {
        return linetable.clone();
    }

    /** co_exceptiontable (a copy). */
    public byte[] exceptiontable() {
        return exceptiontable.clone();
    }

    /** The decoded exception table. */
    public List<ExceptionTable.Entry> exceptionEntries() {
        return ExceptionTable.decode(exceptiontable);
    }

    /** The exception handler covering code unit {@code unit}, or null. */
    public ExceptionTable.Entry handlerAt(int unit) {
        return ExceptionTable.lookup(exceptiontable, unit);
    }

    /** {@code list(co_positions())}: the source span of every code unit. */
    public List<LocationTable.Location> positions() {
        return LocationTable.positions(linetable, firstlineno);
    }

    /** {@code list(co_lines())}. */
    public List<LocationTable.LineRange> lines() {
        return LocationTable.lines(linetable, firstlineno);
    }

    /** Line of the instruction at byte offset {@code byteOffset}, -1 for none (PyCode_Addr2Line). */
    public int addr2line(int byteOffset) {
        return LocationTable.addr2line(linetable, firstlineno, byteOffset);
    }

    /** Nested code objects in co_consts, in order. */
    public List<PyCode> nestedCode() {
        List<PyCode> out = new ArrayList<>();
        for (Object c : consts) {
            if (c instanceof PyCode p) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * {@code <code object NAME at 0xADDRESS, file "FILE", line N>}. CPython's address is the
     * object's memory address; pyj's is its identity hash, so it differs between runs as CPython's
     * does (tests normalise it).
     */
    public String repr() {
        return "<code object " + name + " at 0x" + Integer.toHexString(System.identityHashCode(this))
                + ", file \"" + filename + "\", line " + firstlineno + ">";
    }

    @Override
    public String toString() {
        return repr();
    }

    /** Same fields (nested code compared the same way); equal code objects may still be distinct objects. */
    public boolean sameAs(PyCode o) {
        if (argcount != o.argcount || posonlyargcount != o.posonlyargcount || kwonlyargcount != o.kwonlyargcount
                || stacksize != o.stacksize || flags != o.flags || firstlineno != o.firstlineno
                || !Arrays.equals(code, o.code) || !names.equals(o.names) || !localsPlusNames.equals(o.localsPlusNames)
                || !Arrays.equals(localsPlusKinds, o.localsPlusKinds) || !filename.equals(o.filename)
                || !name.equals(o.name) || !qualname.equals(o.qualname) || !Arrays.equals(linetable, o.linetable)
                || !Arrays.equals(exceptiontable, o.exceptiontable) || consts.size() != o.consts.size()) {
            return false;
        }
        for (int i = 0; i < consts.size(); i++) {
            Object a = consts.get(i);
            Object b = o.consts.get(i);
            if (a instanceof PyCode ca ? !(b instanceof PyCode cb && ca.sameAs(cb)) : !a.equals(b)) {
                return false;
            }
        }
        return true;
    }
}
