"""Compiles the .py files of CPython 3.11's Lib (the same list and sampling as
tools/code_corpus.py) and prints marshal.dumps of each module's code object, for pyj's
MarshalTest (src/test/java/pyj/code/MarshalTest.java). One line per file: PATH-ENCODED HEX,
with the path encoded as code_corpus.py encodes strings.

Usage: python3 tools/marshal_corpus.py [--every K] [--offset I]
"""
import argparse
import marshal
import os
import sys
import sysconfig
import warnings


def enc_str(s):
    return ''.join(ch if 0x21 <= ord(ch) <= 0x7e and ch != '%' else '%%%x;' % ord(ch) for ch in s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--every', type=int, default=1)
    ap.add_argument('--offset', type=int, default=0)
    args = ap.parse_args()
    assert sys.version_info[:2] == (3, 11), sys.version
    warnings.simplefilter('ignore')
    lib = sysconfig.get_paths()['stdlib']
    names = []
    for root, dirs, files in os.walk(lib):
        dirs[:] = sorted(d for d in dirs if not (root == lib and d == 'site-packages'))
        names += [os.path.join(root, f) for f in sorted(files) if f.endswith('.py')]
    out = sys.stdout
    for name in names[args.offset::args.every]:
        try:
            co = compile(open(name, 'rb').read(), name, 'exec', dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        out.write(enc_str(name) + ' ' + marshal.dumps(co).hex() + '\n')
    out.flush()


main()
