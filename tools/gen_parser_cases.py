"""Generates src/test/resources/pyj/parse/parser-cases.txt, the expectations of ParserTest, from
CPython 3.11 itself. Each case is one line: MODE <tab> base64(source) <tab> RESULT, where RESULT is
`ast.dump(ast.parse(source, mode=MODE), include_attributes=True)` or, when CPython refuses the
source, `Type: msg @lineno:offset-end_lineno:end_offset`.

Run from the repository root with python3 (3.11):  python3 tools/gen_parser_cases.py
"""
import ast
import base64
import sys

assert sys.version_info[:2] == (3, 11), sys.version

EXEC = [
    # simple statements
    "pass\nbreak\ncontinue\n",
    "x = 1\n", "x = y = z\n", "x, y = y, x\n", "(a, [b, *c]) = d\n", "[a, (b, c)] = [1, (2, 3)]\n",
    "a.b = c\n", "a[1] = 2\n", "a[1:2, ::3] = b\n", "a.b[c](d).e = f\n", "*a, b = c\n",
    "x: int\n", "x: int = 1\n", "(x): int = 1\n", "a.b: int\n", "a[0]: int = 5\n",
    "x += 1\nx -= 1\nx *= 1\nx @= 1\nx /= 1\nx %= 1\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1\nx **= 1\nx //= 1\n",
    "a.b += yield\n", "x = yield\n", "x = yield from y\n", "x = yield a, b\n",
    "del a\n", "del a, b.c, d[1]\n", "del (a, b), [c]\n", "del (a)\n", "del (a),\n",
    "return\n", "return x\n", "return *a, b\n",
    "raise\n", "raise X\n", "raise X from Y\n",
    "global a\n", "global a, b\nnonlocal c, d\n",
    "assert x\n", "assert x, 'msg'\n",
    "import a\n", "import a.b.c as d, e\n", "from a import b\n", "from a.b import (c as d, e,)\n",
    "from . import x\n", "from .. import x\n", "from ...a import *\n", "from .... import y\n", "from .a.b import c\n",
    "x = 1; y = 2;\n", "x\\\n  = 1\n",
    # expressions
    "a or b or c\n", "a and b or c and d\n", "not a\n", "not not a\n",
    "a < b <= c == d != e > f >= g\n", "a in b not in c is d is not e\n",
    "a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n", "-a ** -b\n", "+a\n~a\n",
    "a ** b ** c\n", "(a + b) * c\n", "a - b - c\n", "await x\n", "await x ** 2\n",
    "a if b else c\n", "a if b else c if d else e\n", "lambda: 0\n", "lambda x: x\n",
    "lambda a, /, b, *c, d, e=1, **f: 0\n", "lambda a=1, *, b: 0\n", "lambda *, a=1, b: 0\n",
    "lambda a, b=2, /, c=3: 0\n", "lambda *a: 0\n", "lambda **k: 0\n",
    "(x := 1)\n", "f(x := 1)\n", "[y := f(x), y**2]\n", "a[b := 1]\n",
    "a.b.c\n", "a[1]\n", "a[1:2]\n", "a[:]\n", "a[::]\n", "a[1:2:3]\n", "a[::2]\n", "a[1,]\n", "a[1, 2]\n",
    "a[1:2, 3]\n", "a[*b]\n", "a[*b, c]\n", "a[()]\n",
    "f()\n", "f(a)\n", "f(a, b=1)\n", "f(*a, **k)\n", "f(a, *b, c=1, *d, **e, f=2)\n", "f(x for x in y)\n",
    "f((x for x in y), 1)\n", "f(a)(b)(c)\n", "f(a,)\n", "f(**k, a=1)\n", "f(a=1, *b)\n",
    "(1, 2)\n", "()\n", "(1,)\n", "1, 2\n", "(a)\n", "((a))\n", "((a, b))\n", "[]\n", "[1, *a, 2]\n",
    "{}\n", "{1: 2, **a, 3: 4}\n", "{1, 2, *a}\n", "{**a}\n",
    "[x for x in y]\n", "[x for x in y if a if b for z in w]\n", "{x for x in y}\n", "{k: v for k, v in y}\n",
    "(x for x in y)\n", "[x async for x in y]\n", "[(x, y) for x, y in z]\n", "[x for x, in y]\n",
    "[x for *a, b in c]\n", "[x for x in lambda: y]\n" if False else "[x for x in (lambda: y)]\n",
    "x = *a, *b\n", "print(*a)\n",
    "...\n", "None\nTrue\nFalse\n", "1\n1.5\n1j\n0x10\n1_000\n", "'a'\n", "'a' 'b'\n", "b'a' b'b'\n", "u'a'\n",
    "f'{a}'\n", "f'{a!r:>{w}} {b=}'\n", "f'a' 'b' f'{c}'\n", "f'''{\na\n}'''\n", "x = f'{a + b}'\n",
    "a.b(c)[d].e\n", "a if (b := c) else d\n", "yield\n", "yield x\n", "(yield)\n",
    "x = [\n    1,\n    2,\n]\n", "x = (  # comment\n  1)\n", "if x:\n    pass\n# trailing comment\n",
    "a = 'é'; b = 'ü'\n", "é = 1\nfoo.é\n", "ﬁ = 1\n",  # NFKC
    # compound statements
    "if a:\n    pass\n", "if a:\n    pass\nelse:\n    pass\n", "if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w\n",
    "if a: pass\n", "if a: x; y\n", "while x:\n    pass\nelse:\n    pass\n",
    "for x in y:\n    pass\n", "for x, y in z:\n    pass\nelse:\n    pass\n", "for x.y in z: pass\n",
    "for x[0] in z: pass\n", "for (a, *b) in c: pass\n", "for x in *a, *b: pass\n",
    "async def f():\n    async for x in y:\n        pass\n    async with a as b, c:\n        pass\n    await z\n",
    "with a: pass\n", "with a as b: pass\n", "with a as (b, c): pass\n", "with a, b as c: pass\n",
    "with (a, b): pass\n", "with (a as b, c as d,): pass\n", "with (a, b) as c: pass\n", "with (a): pass\n",
    "with (yield): pass\n",
    "try:\n    pass\nexcept:\n    pass\n", "try:\n    pass\nexcept E as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nfinally:\n    pass\n", "try:\n    pass\nexcept* E:\n    pass\nexcept* (F, G) as g:\n    pass\n",
    "try:\n    pass\nexcept (A, B):\n    pass\n",
    "def f(): pass\n", "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return 1\n",
    "def f(a, /, b): pass\n", "def f(a=1, /, b=2, *, c): pass\n", "def f(*, a): pass\n",
    "def f(a: int, *b: str, **c: float): pass\n", "def f(*args: *Ts): pass\n", "def f(a,): pass\n",
    "@d\ndef f(): pass\n", "@d.e(f)\n@g\nclass C: pass\n", "@x[0].y\ndef f(): pass\n", "@(lambda f: f)\ndef f(): pass\n",
    "class C: pass\n", "class C(): pass\n", "class C(A, B, metaclass=M, *a, **k):\n    x = 1\n",
    "def f():\n    def g():\n        pass\n    return g\n",
    "if a:\n    if b:\n        pass\n    else:\n        pass\n",
    "def f():\n    '''doc'''\n    x = 1\n\n\n",
    "class C:\n    def f(self):\n        pass\n\n    def g(self):\n        pass\n",
    # match
    "match x:\n    case 1:\n        pass\n",
    "match x:\n    case 1 | 2 | 3:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case -1:\n        pass\n    case 1 + 2j:\n        pass\n    case -1.5 - 3j:\n        pass\n",
    "match x:\n    case 'a' 'b':\n        pass\n    case None:\n        pass\n    case True:\n        pass\n",
    "match x:\n    case a.b:\n        pass\n    case a.b.c:\n        pass\n",
    "match x:\n    case [a, b, *c]:\n        pass\n    case (a, b):\n        pass\n    case a, *_:\n        pass\n",
    "match x:\n    case []:\n        pass\n    case ():\n        pass\n    case (a):\n        pass\n    case (a,):\n        pass\n",
    "match x:\n    case {}:\n        pass\n    case {1: a, 'b': c, **rest}:\n        pass\n    case {a.b: 1}:\n        pass\n",
    "match x:\n    case {**rest}:\n        pass\n",
    "match x:\n    case C():\n        pass\n    case C(a, b):\n        pass\n    case C(a, b=c):\n        pass\n    case a.C(b=1,):\n        pass\n",
    "match x:\n    case [a] as b:\n        pass\n    case (1 | 2) as c if c > 1:\n        pass\n",
    "match x, y:\n    case a, b:\n        pass\n", "match *a, b:\n    case _:\n        pass\n",
    "match (x):\n    case _:\n        pass\n",
    "match = 1\ncase = 2\n_ = 3\nmatch.x = 4\nmatch[1]\nmatch(x)\n",
    "match x:\n    case 1:\n        pass\n    case 2:\n        pass\nx = 1\n",
    # positions across lines and unicode
    "x = ('é',\n     'ü')\n", "f(a,\n  b)\n", "if x:\n    y = 'été'; z = 1\n",
    "x = 1 \\\n    + 2\n", "\ufeffx = 1\n", "x = 1\r\ny = 2\r\n", "x = 1\n\n\n   \n# c\n",
    "", "\n", "# only a comment\n", "x", "if x:\n  pass", "  \n",
    # syntax errors
    "x = (1,\n2", "x = [1, 2\ny = 3\n", "f(a b)\n", "1 +\n", "if x:\npass\n", "x = 1\n    y = 2\n",
    "if x:\n        a\n    b\n", "def f:\n    pass\n", "def f()\n    pass\n", "class C\n    pass\n",
    "for x in y\n    pass\n", "while x\n    pass\n", "if x\n    pass\n", "else:\n    pass\n", "try:\n    pass\n",
    "try:\n    pass\nx = 1\n", "with a\n    pass\n", "f() = 1\n", "a + 1 = 2\n", "del f()\n", "del a + b\n",
    "for 1 in x: pass\n", "(a, b): int\n", "[a, b]: int\n", "a, b: int\n", "a + b: int\n",
    "x += 1 = 2\n", "f(x for x in y, 1)\n", "f(1, x for x in y)\n", "f(a=1, b)\n", "f(**a, b)\n",
    "f(**a, *b)\n", "f(a=1 for a in b)\n", "f(True=1)\n", "f(a.b=1)\n", "print 'hello'\n", "exec 'x'\n",
    "x = 1 if y\n", "[*a for a in b]\n", "[a, b for a in c]\n", "{**a for a in b}\n", "{1: *a}\n",
    "{1: 2, 3}\n", "{1:}\n", "(*a)\n", "(**a)\n", "def f(a=1, b): pass\n", "def f(*): pass\n",
    "def f(*, **k): pass\n", "def f(**k, a): pass\n", "def f(*a=1): pass\n", "def f(**a=1): pass\n",
    "def f(/, a): pass\n", "def f(a, /, b, /): pass\n", "def f(a, *, b, /): pass\n", "def f((a, b)): pass\n",
    "lambda a=1, b: 0\n", "lambda *: 0\n", "from a import b,\n", "import a.\n", "x = yield = 1\n",
    "a := 1\n", "(a.b := 1)\n", "a = b = c = \n", "if x = 1: pass\n", "f(a, b for b in c, d)\n",
    "try:\n    pass\nexcept A, B:\n    pass\n", "try:\n    pass\nexcept*:\n    pass\n",
    "match x:\n    case 1 as _:\n        pass\n", "match x:\n    case C(a=1, b):\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n", "match x:\n    case 1j + 2j:\n        pass\n",
    "match x\n    case 1:\n        pass\n", "match x:\n    case 1\n        pass\n",
    "x = 'abc\n", "x = '''abc\n", "1_\n", "0x\n", "x = $\n", "a b c\n", "if True:\n\tx = 1\n        y = 2\n",
    "nonlocal\n", "f(**)\n", "x = 1e\n", "@\ndef f(): pass\n", "def f(a, a=1, *a): pass\n",
    "f'{a b}'\n", "f'{a $ b}'\n", "f'{}'\n", "f'{a!x}'\n", "x = 1 +\\\n",
    "f(c m)\n", "f(cc m)\n", "class A:\n    def f(self):\n        # c\n\"        x\n",
    "def f():\n  x\n    y\n  $\n", "f(a\n", "x = 1\ny = (\n",
    "async = 1\n", "await = 1\n", "def f(x): nonlocal x\n", "a.1\n", "x = {1: 2 3: 4}\n",
    # the parser's nesting limit (a MemoryError in 3.11), and nesting just below it
    "-" * 5900 + "1\n", "-" * 6000 + "1\n", "(" * 199 + ")" * 199 + "\n", "(" * 200 + ")" * 200 + "\n",
    "x" + "**x" * 2900 + "\n" if False else "x" + "**x" * 2000 + "\n",
]

EVAL = ["1", "a + b\n", "x\n\n\n", "a, b", "yield x", "lambda: (yield)", "", "x = 1", "f(x) for x in y"]
SINGLE = ["x = 1\n", "if x:\n    pass\n\n", "x = 1; y = 2\n", "x = 1\ny = 2\n", "\n", "", "pass  # c\n", "1 +\n"]
FUNC_TYPE = ["() -> int", "(int, str) -> None", "(*int) -> None", "(**int) -> None",
             "(a, *b, **c) -> d", "(a, *b) -> d", "(a, **c) -> d", "(*b, **c) -> d", "(a) -> b\n", "x"]


def b64(s):
    return base64.b64encode(s.encode('utf-8', 'surrogatepass')).decode('ascii')


def result(src, mode):
    try:
        return ast.dump(ast.parse(src, mode=mode), include_attributes=True)
    except SyntaxError as e:
        return f'{type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}'
    except (MemoryError, RecursionError, ValueError) as e:
        return f'{type(e).__name__}: {e}'


def main():
    out = []
    for mode, cases in (('exec', EXEC), ('eval', EVAL), ('single', SINGLE), ('func_type', FUNC_TYPE)):
        for src in cases:
            out.append(f'{mode}\t{b64(src)}\t{result(src, mode)}')
    with open('src/test/resources/pyj/parse/parser-cases.txt', 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
    print(f'{len(out)} cases', file=sys.stderr)


if __name__ == '__main__':
    main()
