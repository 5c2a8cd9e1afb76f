"""CPython's side of `bin/pyj-dump dis FILE...`: for each file a line `== FILE`, then the text of
dis.dis(compile(source, FILE, 'exec')) with nested code objects, every code-object address written
0x?, or `SyntaxError: msg` (ValueError etc. likewise) on one line.

Usage: python3 tools/dis_oracle.py FILE...   (FILE '-' reads file names from stdin)
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


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    warnings.simplefilter('ignore')
    names = []
    for a in sys.argv[1:]:
        names += sys.stdin.read().splitlines() if a == '-' else [a]
    out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', newline='\n')
    for name in names:
        out.write('== %s\n' % name)
        out.write(dis_text(name))
    out.flush()


main()
