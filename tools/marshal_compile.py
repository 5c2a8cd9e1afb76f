"""The one place where pyj's tests borrow CPython's compiler (until pyj's own lands): compiles
each named .py file with python3 as a script ('exec' mode, filename = its absolute path, as
CPython names a main script) and prints one line per file: ABSPATH HEX, where HEX is
marshal.dumps of the module's code object. A file CPython cannot compile prints ABSPATH !ERROR.

Usage: python3 tools/marshal_compile.py FILE...
"""
import marshal
import os
import sys

for name in sys.argv[1:]:
    path = os.path.abspath(name)
    try:
        with open(path, 'rb') as f:
            code = compile(f.read(), path, 'exec', dont_inherit=True)
        print(path, marshal.dumps(code).hex())
    except SyntaxError as e:
        print(path, '!' + type(e).__name__)
