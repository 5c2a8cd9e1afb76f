"""The oracle for pyj's symbol table (pyj.compile.SymtableDump prints the same text).

For each file named on the command line (or one per line on stdin with `-`) it prints a header
`== FILE N` followed by N lines describing CPython 3.11's symbol table of that file:

    block TYPE NAME line=L nested=0|1 varnames=[a,b] children=C
      sym NAME SCOPE FLAG|FLAG...

Blocks come depth first in source order (children indented two spaces deeper than their parent);
each block's symbols follow it sorted by name (CPython's own dict order depends on set iteration
order, i.e. on string hashing). SCOPE is the resolved scope (LOCAL, GLOBAL_EXPLICIT,
GLOBAL_IMPLICIT, FREE, CELL or - when unresolved) and the flags are the raw DEF_*/USE bits.
Files CPython cannot parse print `!skip <reason>` (that is the parser's business); files it
parses but whose symbol table raises print `!error <Type>: <msg> <lineno> <offset> <end_lineno>
<end_offset>`. Run it with CPython 3.11 (python3).
"""
import ast
import sys
import _symtable

FLAG_NAMES = [
    (_symtable.DEF_GLOBAL, 'DEF_GLOBAL'),
    (_symtable.DEF_LOCAL, 'DEF_LOCAL'),
    (_symtable.DEF_PARAM, 'DEF_PARAM'),
    (_symtable.DEF_NONLOCAL, 'DEF_NONLOCAL'),
    (_symtable.USE, 'USE'),
    (_symtable.DEF_FREE, 'DEF_FREE'),
    (_symtable.DEF_FREE_CLASS, 'DEF_FREE_CLASS'),
    (_symtable.DEF_IMPORT, 'DEF_IMPORT'),
    (_symtable.DEF_ANNOT, 'DEF_ANNOT'),
    (2 << 8, 'DEF_COMP_ITER'),  # not exported by _symtable in 3.11
]
SCOPE_NAMES = {0: '-', 1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}
TYPE_NAMES = {_symtable.TYPE_FUNCTION: 'function', _symtable.TYPE_CLASS: 'class',
              _symtable.TYPE_MODULE: 'module'}


def describe(flags):
    scope = SCOPE_NAMES[(flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK]
    names = [n for bit, n in FLAG_NAMES if flags & bit]
    rest = flags & ((1 << _symtable.SCOPE_OFF) - 1) & ~sum(bit for bit, _ in FLAG_NAMES)
    if rest:
        names.append(hex(rest))
    return scope + ' ' + ('|'.join(names) or '0')


def dump(ste, indent, lines):
    lines.append(f"{indent}block {TYPE_NAMES[ste.type]} {ste.name} line={ste.lineno} "
                 f"nested={int(bool(ste.nested))} varnames=[{','.join(ste.varnames)}] "
                 f"children={len(ste.children)}")
    for name in sorted(ste.symbols):
        lines.append(f"{indent}  sym {name} {describe(ste.symbols[name])}")
    for child in ste.children:
        dump(child, indent + '  ', lines)


def oracle_lines(source, name):
    try:
        ast.parse(source, name)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return ['!skip ' + type(e).__name__]
    try:
        top = _symtable.symtable(source, name, 'exec')
    except SyntaxError as e:
        return [f'!error {type(e).__name__}: {e.msg} {e.lineno} {e.offset} {e.end_lineno} '
                f'{e.end_offset}']
    except RecursionError as e:
        return ['!error RecursionError: ' + str(e)]
    lines = []
    dump(top, '', lines)
    return lines


def main(argv):
    out = open(sys.stdout.fileno(), 'w', encoding='utf-8', errors='backslashreplace',
               closefd=False, newline='\n')
    names = argv[1:]
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin]
    for name in names:
        with open(name, 'rb') as f:
            source = f.read()
        lines = oracle_lines(source, name)
        out.write(f'== {name} {len(lines)}\n')
        for line in lines:
            out.write(line + '\n')
        out.flush()


if __name__ == '__main__':
    main(sys.argv)
