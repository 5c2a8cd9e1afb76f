"""Prints, one per line in hex, every distinct co_exceptiontable that CPython 3.11 produces when it
compiles the .py files of its own Lib (site-packages excluded), for pyj's codec round-trip test.
Usage: python3 tools/exception_table_corpus.py [MAX_FILES]"""
import os
import sys
import sysconfig
import warnings

lib = sysconfig.get_paths()['stdlib']
limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
warnings.simplefilter('ignore')
seen = set()


def walk(code):
    if code.co_exceptiontable and code.co_exceptiontable not in seen:
        seen.add(code.co_exceptiontable)
        print(code.co_exceptiontable.hex())
    for c in code.co_consts:
        if hasattr(c, 'co_exceptiontable'):
            walk(c)


names = []
for root, dirs, files in os.walk(lib):
    dirs[:] = sorted(d for d in dirs if not (root == lib and d == 'site-packages'))
    names += [os.path.join(root, f) for f in sorted(files) if f.endswith('.py')]
for name in names[:limit]:
    try:
        walk(compile(open(name, 'rb').read(), name, 'exec', dont_inherit=True))
    except (SyntaxError, ValueError):
        pass
