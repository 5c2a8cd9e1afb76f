"""CPython's side of `bin/pyj-dump dis FILE...`: for each file a line `== FILE`, then the text of
dis.dis(compile(source, FILE, 'exec')) with nested code objects, every code-object address written
0x?, or `SyntaxError: msg` (ValueError etc. likewise) on one line.

Usage: python3 tools/dis_oracle.py [--pos] FILE...   (FILE '-' reads file names from stdin)
With --pos, per code object a line `# qualname firstlineno` and per instruction its byte offset,
opname and co_positions() entry (`bin/pyj-dump pos` prints the same for pyj).
"""
import dis
import io
import re
import sys
import warnings

ADDRESS = re.compile(r' at 0x[0-9a-f]+,')


def dis_text(name):
    try:
        with open(name, 'rb') as f:
            source = f.read()
        co = compile(source, name, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        return '%s: %s\n' % (type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
    buf = io.StringIO()
    dis.dis(co, file=buf)
    return ADDRESS.sub(' at 0x?,', buf.getvalue())


def pos_text(name):
    try:
        with open(name, 'rb') as f:
            source = f.read()
        co = compile(source, name, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        return '%s: %s\n' % (type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
    out = []

    def walk(c):
        out.append('# %s %d\n' % (c.co_qualname, c.co_firstlineno))
        positions = list(c.co_positions())
        for i in range(0, len(c.co_code), 2):
            op = c.co_code[i]
            if dis.opname[op] == 'CACHE':
                continue
            p = tuple(positions[i // 2])
            out.append('%d %s (%s, %s, %s, %s)\n' % ((i, dis.opname[op]) + p))
        for k in c.co_consts:
            if isinstance(k, type(c)):
                walk(k)
    walk(co)
    return ''.join(out)


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    warnings.simplefilter('ignore')
    names = []
    text = dis_text
    if sys.argv[1:2] == ['--pos']:
        text = pos_text
        del sys.argv[1]
    for a in sys.argv[1:]:
        names += sys.stdin.read().splitlines() if a == '-' else [a]
    out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', newline='\n')
    for name in names:
        out.write('== %s\n' % name)
        out.write(text(name))
    out.flush()


main()
