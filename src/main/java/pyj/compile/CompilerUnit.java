package pyj.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The state of one code object being compiled (compile.c's {@code struct compiler_unit}). */
final class CompilerUnit {
    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    final SymtableEntry ste;
    final String name;
    String qualname;
    final ScopeType scopeType;
    String privateName;

    /** co_consts in insertion order, keyed by {@link ConstKey}. */
    final Map<Object, Integer> constIndex = new LinkedHashMap<>();
    final List<Object> consts = new ArrayList<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();

    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int firstlineno;

    /** Allocation chain of blocks, newest first. */
    BasicBlock blocks;
    BasicBlock curblock;
    int nextBlockId;

    final List<CodeGenerator.FBlockInfo> fblocks = new ArrayList<>();

    // The location given to new instructions (u_lineno etc.); UNSET_LOC only clears the line.
    int lineno;
    int endLineno;
    int col;
    int endCol;

    CompilerUnit(SymtableEntry ste, String name, ScopeType scopeType, int firstlineno) {
        this.ste = ste;
        this.name = name;
        this.scopeType = scopeType;
        this.firstlineno = firstlineno;
        for (String v : ste.varnames()) {
            varnames.putIfAbsent(v, varnames.size());
        }
        TreeSet<String> cells = new TreeSet<>();
        TreeSet<String> frees = new TreeSet<>();
        for (Map.Entry<String, Integer> e : ste.symbols().entrySet()) {
            int scope = Symtable.scopeOf(e.getValue());
            if (scope == Symtable.CELL) {
                cells.add(e.getKey());
            }
            if (scope == Symtable.FREE || (e.getValue() & Symtable.DEF_FREE_CLASS) != 0) {
                frees.add(e.getKey());
            }
        }
        if (ste.needsClassClosure()) {
            cells.add("__class__");
        }
        for (String c : cells) {
            cellvars.put(c, cellvars.size());
        }
        for (String f : frees) {
            freevars.put(f, cellvars.size() + freevars.size());
        }
        this.lineno = firstlineno;
        this.endLineno = firstlineno;
        this.col = 0;
        this.endCol = 0;
    }

    BasicBlock newBlock() {
        BasicBlock b = new BasicBlock(nextBlockId++);
        b.list = blocks;
        blocks = b;
        return b;
    }

    /** The entry block: the first one allocated, at the end of the allocation chain. */
    BasicBlock entryBlock() {
        BasicBlock b = blocks;
        while (b.list != null) {
            b = b.list;
        }
        return b;
    }

    int addConst(Object value) {
        Object key = ConstKey.of(value);
        Integer i = constIndex.get(key);
        if (i != null) {
            return i;
        }
        int n = consts.size();
        constIndex.put(key, n);
        consts.add(value);
        return n;
    }

    static int addName(Map<String, Integer> dict, String name) {
        Integer i = dict.get(name);
        if (i != null) {
            return i;
        }
        int n = dict.size();
        dict.put(name, n);
        return n;
    }
}
