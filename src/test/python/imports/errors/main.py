# Import errors, with CPython's messages and attributes.
import sys

def show(f):
    try:
        f()
    except ImportError as e:
        print(type(e).__name__ + ':', str(e).replace(sys.path[0], '.'), '| name =', e.name, '| path =', e.path and e.path.replace(sys.path[0], '.'))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def a(): import nosuchmodule
def b(): import pkg.nosuch
def c(): from pkg import nosuch
def d(): from plain import nosuch
def e(): import plain.sub
def f(): exec('from . import x', {'__name__': '__main__'})
def g(): exec('from ... import x', {'__name__': 'pkg.inner', '__package__': 'pkg'})
def h(): __import__('')
def i(): __import__('x', level=-1)
def j(): __import__(5)
def k(): from sys import nosuch
def l(): exec('from .m import x', {'__package__': 3})
for fn in (a, b, c, d, e, f, g, h, i, j, k, l):
    show(fn)

# A module whose code raises is not left in sys.modules.
try:
    import failing
except ZeroDivisionError as ex:
    print('failing raised', ex, 'failing' in sys.modules)
try:
    import failing
except ZeroDivisionError as ex:
    print('ran again', ex)

# A SyntaxError in a module: a Python exception with CPython's attributes.
try:
    import badsyntax
except SyntaxError as ex:
    print(ex.msg, ex.lineno, ex.offset, repr(ex.text), ex.end_lineno, ex.end_offset)
    print(ex.filename.replace(sys.path[0], '.'), str(ex))

# None in sys.modules blocks an import.
sys.modules['blocked'] = None
show(lambda: __import__('blocked'))
import pkg
print(pkg.loaded)
# A module may replace itself in sys.modules.
import replaced
print(replaced)
