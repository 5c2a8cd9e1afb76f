"""Regenerates the expected results of pyj's Python test programs (src/test/python/**/*.py) by
running each with python3 (CPython 3.11): NAME.out holds stdout; when the exit status is not 0,
NAME.exit holds it and NAME.err holds stderr, with the programs' directory written as <DIR>
so the files do not depend on where the checkout lives. NAME.in, when present, is the program's
stdin (else it is empty). Programs run with PYTHONPATH unset and without writing .pyc files.
Never edit the expected files by hand.

Usage: python3 tools/regen_expected.py [FILE...]   (default: every program)
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'python')
ROOT = os.path.normpath(ROOT)


def is_program(path):
    """A directory holding a main.py is a multi-file program: in it only main*.py files are run;
    the other .py files in it and below are its modules. Elsewhere every .py file is a program.
    PythonProgramsTest applies the same rule."""
    d = os.path.dirname(path)
    while len(d) >= len(ROOT):
        if os.path.exists(os.path.join(d, 'main.py')):
            return d == os.path.dirname(path) and os.path.basename(path).startswith('main')
        d = os.path.dirname(d)
    return True


def programs():
    for d, dirs, files in sorted(os.walk(ROOT)):
        dirs[:] = [x for x in dirs if x != '__pycache__']
        for f in sorted(files):
            path = os.path.join(d, f)
            if f.endswith('.py') and is_program(path):
                yield path


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    files = [os.path.abspath(f) for f in sys.argv[1:]] or list(programs())
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1')
    env.pop('PYTHONPATH', None)
    for path in files:
        base = path[:-3]
        stdin = open(base + '.in', 'rb') if os.path.exists(base + '.in') else subprocess.DEVNULL
        r = subprocess.run([sys.executable, path], capture_output=True, env=env, cwd=ROOT, stdin=stdin)
        if stdin is not subprocess.DEVNULL:
            stdin.close()
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
        if not is_program(path):
            print('warning: not a program by the main.py rule:', path)
        print(os.path.relpath(path, ROOT), r.returncode)


main()
