"""Prints the expectations of pyj's SymtableErrorTest, as Java calls to paste into it. Run with
python3 (3.11).

CASES: what CPython 3.11's symbol table raises for each snippet
(`_symtable.symtable(src, '<s>', 'exec')`), as `check(src, msg, lineno, offset, end_lineno,
end_offset)` or `ok(src)`.

FLAG_CASES: the block facts the symtable module does not show, read from the code objects CPython
compiles from each snippet: per code object `name flags=... cells=[...] frees=[...]` with the
CO_VARARGS/VARKEYWORDS/NESTED/GENERATOR/COROUTINE/ASYNC_GENERATOR bits, as `blocks(src, lines...)`
(sorted, so the test need not pair code objects with blocks).
"""
import _symtable

CASES = [
    # add_def: duplicate parameters (offsets are byte columns + 1)
    "def f(a, a): pass",
    "def f(a, *, a): pass",
    "def f(a, /, b, *a): pass",
    "def f(a, **a): pass",
    "lambda x, x: 0",
    "def f(\u00e9, \u00e9): pass",
    "class C:\n  def f(self, __a, _C__a): pass",
    # global / nonlocal statements
    "def f(a):\n  global a",
    "def f(a):\n  nonlocal a",
    "def f():\n  x = 1\n  global   x",
    "def f():\n  print(x)\n  global x",
    "def f():\n  x: int\n  global x",
    "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x",
    "def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x",
    "def f():\n  x = 1\n  def g():\n    x: int\n    nonlocal x",
    "x = 1\nglobal x",
    "def f():\n  global x\n  x: int",
    "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x: int = 3",
    "def f():\n  global x\n  (x): int",
    # analysis errors, located at the directive
    "nonlocal x",
    "class C:\n  nonlocal x",
    "def f():\n  nonlocal x",
    "def f():\n  \u00e9=1;nonlocal x",
    "def f():\n  x = 1\n  def g():\n    global x; nonlocal x",
    "def f():\n  x = 1\n  class C:\n    def g(self):\n      nonlocal x, y",
    "class C:\n  def f(self):\n    nonlocal __x",
    # import *
    "def f():\n  from m import *",
    "class C:\n  from m import *",
    "lambda: [x for x in y]\ndef g():\n  import a.b\n  from m import *",
    # yield in comprehensions
    "[(yield) for x in y]",
    "{(yield x) for x in y}",
    "{x: (yield) for x in y}",
    "((yield) for x in y)",
    "def f():\n  [(yield from x) for x in y]",
    "[x for x in y if (yield)]",
    "[[(yield) for z in x] for x in y]",
    # walrus
    "[x for x in (y:=1)]",
    "[x for x in range(3) for z in (y:=1)]",
    "[x for x in [lambda: (y:=1)]]",
    "[x for x in [[z for z in (y:=1)]]]",
    "[i := 0 for i in range(5)]",
    "[[(j := j) for i in range(5)] for j in range(5)]",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "[i for i in range(5) if (j := 0) for k, j in []]",
    "def f():\n  [i for i in range(5) if (j := 0) for j in range(5)]",
    "[i for i in range(5) if [(j := 0) for k in []] for j in range(5)]",
    "class C:\n  [y := 0 for i in range(5)]",
    "class C:\n  [[y := 0 for i in range(5)] for j in range(2)]",
    "def f():\n  class C:\n    [y := 0 for i in range(5)]",
    "def f():\n  global y\n  nonlocal y",
    # annotations and future annotations
    "from __future__ import annotations\ndef f(x: (y:=1)): pass",
    "from __future__ import annotations\ndef f(x: (yield)): pass",
    "from __future__ import annotations\ndef f() -> (yield from x): pass",
    "from __future__ import annotations\nasync def f(x: await y): pass",
    "from __future__ import annotations\nx: (y := 1)",
    "from __future__ import annotations\nx: [(y := 1) for z in w]",
    "from __future__ import annotations\ndef f(*a: (b := 1)): pass",
    # futures (future.c, run before the symbol table)
    "from __future__ import braces",
    "from __future__ import nope, annotations",
    "import os; from __future__ import annotations",
    "from __future__ import annotations; import os; from __future__ import division",
    '"doc"\nfrom __future__ import annotations, division\nfrom __future__ import generator_stop',
    # fine
    "def f():\n  global x\n  x = 1\n  x: int",
    "def f():\n  x = 1\n  def g():\n    nonlocal x\n    (x): int = 2",
]


def java_str(s):
    out = []
    for ch in s:
        if ch == '\n':
            out.append('\\n')
        elif ch in '"\\':
            out.append('\\' + ch)
        elif ord(ch) > 126:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def fmt(v):
    return 'NONE' if v is None else str(v)


for src in CASES:
    try:
        _symtable.symtable(src, '<s>', 'exec')
        print(f'        ok({java_str(src)});')
    except SyntaxError as e:
        print(f'        check({java_str(src)},\n                {java_str(e.msg)}, {fmt(e.lineno)}, '
              f'{fmt(e.offset)}, {fmt(e.end_lineno)}, {fmt(e.end_offset)});')


FLAG_CASES = [
    "def f(a, *b, c, **d):\n  def g(): return a\n  return g",
    "def f():\n  yield 1",
    "async def f():\n  await x",
    "async def f():\n  yield 1",
    "def f():\n  return (x for x in y)",
    "async def f():\n  return [x async for x in y]",
    "async def f():\n  return (x async for x in y)",
    "async def f():\n  return [[x async for x in z] for z in y]",
    "async def f():\n  return [await x for x in y]",
    "class C:\n  def m(self): return super().m()",
    "class C:\n  def m(self): return __class__",
    "class C:\n  def m(self):\n    def g(): return super()",
    "class C:\n  x = 1\n  def m(self):\n    x = 2\n    class D:\n      def n(self): return x",
    "def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self): return x",
    "def f():\n  x = 1\n  class C:\n    global x\n    def m(self): return x",
    "def f(x):\n  return lambda: lambda: x",
    "def f():\n  [y := i for i in z]\n  return y",
    "def f():\n  return [lambda: i for i in z]",
    "def f():\n  global g\n  def h(): return g",
    "def f(x):\n  def g():\n    nonlocal x\n    x = 1",
    "def f(x):\n  class C:\n    def m(self): return x + __class__",
]

CO_BITS = [(0x4, 'VARARGS'), (0x8, 'VARKEYWORDS'), (0x10, 'NESTED'), (0x20, 'GENERATOR'),
           (0x80, 'COROUTINE'), (0x200, 'ASYNC_GENERATOR')]


def code_lines(code, out):
    bits = '|'.join(n for b, n in CO_BITS if code.co_flags & b) or '0'
    out.append(f"{code.co_name} flags={bits} cells=[{','.join(code.co_cellvars)}] "
               f"frees=[{','.join(code.co_freevars)}]")
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            code_lines(c, out)
    return out


print()
for src in FLAG_CASES:
    lines = sorted(code_lines(compile(src, '<s>', 'exec'), []))
    print(f'        blocks({java_str(src)},')
    print(',\n'.join('                ' + java_str(line) for line in lines) + ');')
