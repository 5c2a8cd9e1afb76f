"""Compiles .py files of CPython 3.11's own Lib (site-packages excluded, files CPython cannot
compile skipped) and prints every code object it gets, for pyj's CodeCorpusTest
(src/test/java/pyj/code/CodeCorpusTest.java). Line-oriented, UTF-8:

  file PATH                      a source file; its code objects follow, nested ones first
  code ID                        ID counts code objects within the file
  hdr ARGCOUNT POSONLY KWONLY STACKSIZE FLAGS FIRSTLINENO
  name S / qualname S / filename S
  bytecode HEX / linetable HEX / exctable HEX
  consts C...                    one token per constant (encoding below)
  names S...
  localsplus S:KIND...           CO_FAST_LOCAL 0x20, CELL 0x40, FREE 0x80
  positions L,EL,C,EC[*N]...     list(co_positions()), '_' for None, *N: N equal ones in a row
  lines START,END,L...           list(co_lines()), '_' for None
  dis N                          dis.disassemble(co) text: N lines follow
  disrec N                       dis.dis(co) text (recursive), only for a file's module code

Strings S: '%', the code point in hex, ';' for every code point outside '!'..'~' and for '%'.
Constants C, prefix notation separated by spaces: N None, . Ellipsis, T, F, iDECIMAL, fFLOATHEX,
jREALHEX,IMAGHEX (complex), sS (str), bHEX (bytes), tN then N constants (tuple), zN then N
constants in CPython's iteration order (frozenset), cID (a code object printed before).

Usage: python3 tools/code_corpus.py [--every K] [--offset I] [--disrec N] [--synthetic]
  --every K / --offset I: take files I, I+K, I+2K, ... of the sorted list (a deterministic sample)
  --disrec N: print disrec for the first N files taken (default 25)
  --synthetic: instead of Lib, a few generated sources for what Lib lacks (arguments needing
               two EXTENDED_ARGs, PRINT_EXPR from 'single' mode, 'eval' mode, six-digit lines)
"""
import argparse
import dis
import io
import os
import sys
import sysconfig
import warnings

CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE = 0x20, 0x40, 0x80


def enc_str(s):
    out = []
    for ch in s:
        cp = ord(ch)
        out.append(ch if 0x21 <= cp <= 0x7e and ch != '%' else '%%%x;' % cp)
    return ''.join(out)


def enc_float(x):
    return x.hex()


def enc_const(c, ids, out):
    if c is None:
        out.append('N')
    elif c is Ellipsis:
        out.append('.')
    elif c is True:
        out.append('T')
    elif c is False:
        out.append('F')
    elif type(c) is int:
        out.append('i%d' % c)
    elif type(c) is float:
        out.append('f' + enc_float(c))
    elif type(c) is complex:
        out.append('j%s,%s' % (enc_float(c.real), enc_float(c.imag)))
    elif type(c) is str:
        out.append('s' + enc_str(c))
    elif type(c) is bytes:
        out.append('b' + c.hex())
    elif type(c) is tuple:
        out.append('t%d' % len(c))
        for x in c:
            enc_const(x, ids, out)
    elif type(c) is frozenset:
        out.append('z%d' % len(c))
        for x in c:
            enc_const(x, ids, out)
    elif hasattr(c, 'co_code'):
        out.append('c%d' % ids[id(c)])
    else:
        raise TypeError(type(c))


def localsplus(co):
    """Names and kinds of co's fast locals, cells and free variables, in CPython 3.11's order."""
    entries = [(n, CO_FAST_LOCAL | (CO_FAST_CELL if n in co.co_cellvars else 0)) for n in co.co_varnames]
    entries += [(n, CO_FAST_CELL) for n in co.co_cellvars if n not in co.co_varnames]
    entries += [(n, CO_FAST_FREE) for n in co.co_freevars]
    for i, (n, _) in enumerate(entries):
        assert co._varname_from_oparg(i) == n, (co, i, n)
    return entries


def opt(x):
    return '_' if x is None else str(x)


def text_of(fn, co):
    buf = io.StringIO()
    fn(co, file=buf)
    return buf.getvalue().split('\n')[:-1]


def emit(co, ids, w, recursive):
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            emit(c, ids, w, False)
    ids[id(co)] = len(ids)
    w('code %d' % ids[id(co)])
    w('hdr %d %d %d %d %d %d' % (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount,
                                 co.co_stacksize, co.co_flags, co.co_firstlineno))
    w('name ' + enc_str(co.co_name))
    w('qualname ' + enc_str(co.co_qualname))
    w('filename ' + enc_str(co.co_filename))
    w('bytecode ' + co.co_code.hex())
    w('linetable ' + co.co_linetable.hex())
    w('exctable ' + co.co_exceptiontable.hex())
    toks = []
    for c in co.co_consts:
        enc_const(c, ids, toks)
    w(' '.join(['consts'] + toks))
    w(' '.join(['names'] + [enc_str(n) for n in co.co_names]))
    w(' '.join(['localsplus'] + ['%s:%d' % (enc_str(n), k) for n, k in localsplus(co)]))
    runs = []
    for p in co.co_positions():
        if runs and runs[-1][0] == p:
            runs[-1][1] += 1
        else:
            runs.append([p, 1])
    w(' '.join(['positions'] + [','.join(map(opt, p)) + ('*%d' % n if n > 1 else '') for p, n in runs]))
    w(' '.join(['lines'] + [','.join(map(opt, r)) for r in co.co_lines()]))
    lines = text_of(dis.disassemble, co)
    w('dis %d' % len(lines))
    for line in lines:
        w(line)
    if recursive:
        lines = text_of(dis.dis, co)
        w('disrec %d' % len(lines))
        for line in lines:
            w(line)


def synthetic():
    """(name, source, mode) for cases CPython's Lib does not exercise."""
    many = 'def many():\n' + ''.join('    v = %d\n' % i for i in range(66000)) + '    return v\n'
    yield 'many_constants', many, 'exec'
    yield 'interactive', 'for i in x: i; i + 1\n', 'single'
    yield 'expression', 'a if b else [c for c in d]', 'eval'
    yield 'far_lines', '\n' * 123456 + 'def f(a, *b, c, **d):\n    return f"{a!r:>{c}} {b!s} {d!a}"\n', 'exec'
    yield 'wide_columns', 'x = ' + ' ' * 200 + 'y + (z\n' + ' ' * 150 + '* 3)\n', 'exec'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--every', type=int, default=1)
    ap.add_argument('--offset', type=int, default=0)
    ap.add_argument('--disrec', type=int, default=25)
    ap.add_argument('--synthetic', action='store_true')
    args = ap.parse_args()
    assert sys.version_info[:2] == (3, 11), sys.version
    warnings.simplefilter('ignore')
    lib = sysconfig.get_paths()['stdlib']
    names = []
    for root, dirs, files in os.walk(lib):
        dirs[:] = sorted(d for d in dirs if not (root == lib and d == 'site-packages'))
        names += [os.path.join(root, f) for f in sorted(files) if f.endswith('.py')]
    out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', newline='\n')
    w = lambda s: out.write(s + '\n')
    if args.synthetic:
        for name, source, mode in synthetic():
            w('file ' + enc_str('<synthetic:%s>' % name))
            emit(compile(source, '<%s>' % name, mode, dont_inherit=True), {}, w, True)
        out.flush()
        return
    taken = 0
    for name in names[args.offset::args.every]:
        try:
            co = compile(open(name, 'rb').read(), name, 'exec', dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        w('file ' + enc_str(name))
        emit(co, {}, w, taken < args.disrec)
        taken += 1
    out.flush()


main()
