package pyj.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pyj.parse.ast.Ast;

/**
 * One block (namespace) of the symbol table: CPython 3.11's {@code PySTEntryObject}. After
 * {@link Symtable#build} returns, every symbol's flags carry its resolved scope in bits
 * {@link Symtable#SCOPE_OFFSET} and up; the entry is then read-only for its users.
 */
public final class SymtableEntry {

    /** {@code _Py_block_ty}. Annotation blocks exist only under {@code from __future__ import annotations}. */
    public enum BlockType { FUNCTION, CLASS, MODULE, ANNOTATION }

    /** {@code _Py_comprehension_ty}: which comprehension a function block implements, if any. */
    public enum ComprehensionType { NONE, LIST, DICT, SET, GENERATOR }

    final String name;
    final BlockType type;
    /** The AST node that opened the block (the Mod, def, class, lambda or comprehension node). */
    final Ast.Node key;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;

    /** Name (mangled) to DEF_* flags; after analysis also the scope in the high bits. */
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    /** Parameters in CPython's order: positional-only, positional, keyword-only, *args, **kwargs. */
    final List<String> varnames = new ArrayList<>(4);
    final List<SymtableEntry> children = new ArrayList<>(2);
    /** global/nonlocal statements (and walrus-in-comprehension targets) for error locations. */
    List<Directive> directives;

    final boolean nested;
    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    ComprehensionType comprehension = ComprehensionType.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    /** Set while visiting a comprehension's iteration target. */
    boolean compIterTarget;
    /** Non-zero while visiting a comprehension's iterable (inherited by blocks opened inside it). */
    int compIterExpr;

    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {}

    SymtableEntry(String name, BlockType type, Ast.Node key, boolean nested, int lineno, int colOffset,
            int endLineno, int endColOffset) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.nested = nested;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    public String name() {
        return name;
    }

    public BlockType type() {
        return type;
    }

    public Ast.Node key() {
        return key;
    }

    public int lineno() {
        return lineno;
    }

    public int colOffset() {
        return colOffset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endColOffset() {
        return endColOffset;
    }

    /** Every symbol with its flags (scope included), in the order the first pass met them. */
    public Map<String, Integer> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /** The parameters, in the order of {@code co_varnames}' head. */
    public List<String> varnames() {
        return Collections.unmodifiableList(varnames);
    }

    /** Nested blocks in source order (annotation blocks are never children). */
    public List<SymtableEntry> children() {
        return Collections.unmodifiableList(children);
    }

    /** The flags of a (mangled) name, 0 when the block does not know it. */
    public int flags(String mangledName) {
        Integer f = symbols.get(mangledName);
        return f == null ? 0 : f;
    }

    /** The resolved scope of a (mangled) name: {@link Symtable#LOCAL} .. {@link Symtable#CELL}, or 0. */
    public int scope(String mangledName) {
        return Symtable.scopeOf(flags(mangledName));
    }

    public boolean isNested() {
        return nested;
    }

    /** The block has free variables (or, when nested, implicit globals). */
    public boolean hasFree() {
        return free;
    }

    /** Some child block has free variables. */
    public boolean hasChildFree() {
        return childFree;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public ComprehensionType comprehension() {
        return comprehension;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    public boolean returnsValue() {
        return returnsValue;
    }

    /** A class block whose methods use {@code __class__} (or {@code super}): it needs the cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + lineno + ">";
    }
}
