"""Regenerates the expected results of pyj's Python test programs (src/test/python/**/*.py) by
running each with python3 (CPython 3.11): NAME.out holds stdout; when the exit status is not 0,
NAME.exit holds it and NAME.err holds stderr, with the programs' directory written as <DIR>
so the files do not depend on where the checkout lives. Never edit these files by hand.

Usage: python3 tools/regen_expected.py [FILE...]   (default: every program)
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'python')
ROOT = os.path.normpath(ROOT)


def programs():
    for d, _, files in sorted(os.walk(ROOT)):
        for f in sorted(files):
            if f.endswith('.py'):
                yield os.path.join(d, f)


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    files = [os.path.abspath(f) for f in sys.argv[1:]] or list(programs())
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
    for path in files:
        base = path[:-3]
        r = subprocess.run([sys.executable, path], capture_output=True, env=env, cwd=ROOT)
        with open(base + '.out', 'wb') as f:
            f.write(r.stdout)
        for ext in ('.exit', '.err'):
            if os.path.exists(base + ext):
                os.remove(base + ext)
        if r.returncode != 0:
            with open(base + '.exit', 'w') as f:
                f.write('%d\n' % r.returncode)
            with open(base + '.err', 'wb') as f:
                f.write(r.stderr.replace(ROOT.encode(), b'<DIR>'))
        print(os.path.relpath(path, ROOT), r.returncode)


main()
