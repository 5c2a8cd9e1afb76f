# Imports of modules and packages from the script's directory (sys.path[0]).
import sys

def rel(p):
    return p.replace(sys.path[0], '.') if isinstance(p, str) else p

import mod
print(mod.__name__, rel(mod.__file__), repr(mod.__package__), mod.__spec__.name, rel(mod.__spec__.origin))
print(mod.__spec__.parent == '', mod.__spec__.submodule_search_locations, mod.__loader__ is not None or True)
import mod as again
print(again is mod, mod.counter, sys.modules['mod'] is mod)
import mod
print(mod.counter)  # the module ran once

import pkg.sub.deep
print(pkg.__name__, pkg.__package__, [rel(p) for p in pkg.__path__], rel(pkg.__file__))
print(pkg.sub.__name__, pkg.sub.__package__, pkg.sub.deep.__package__)
print(pkg.sub.deep.value, pkg.sub.deep.up)
print(rel(repr(pkg)).replace("'", '"'))

from pkg import helper
print(helper.name, helper is sys.modules['pkg.helper'], pkg.helper is helper)
from pkg.sub import deep as d
print(d is pkg.sub.deep)
from pkg.sub.deep import value as v, up
print(v, up)

import pkg.sub.deep as dd
print(dd is d)

# from-import of a submodule not yet imported: _handle_fromlist imports it.
from pkg import lazy
print(lazy.loaded, 'pkg.lazy' in sys.modules)

# Namespace package: a directory without __init__.py.
import ns.inner.leaf
print(ns.__file__, [rel(p) for p in ns.__path__], ns.inner.leaf.x)

# __import__ with its signature.
m = __import__('pkg.sub.deep')
print(m is pkg)
m = __import__('pkg.sub.deep', globals(), locals(), ['value'], 0)
print(m is pkg.sub.deep)
m = __import__('deep', pkg.sub.deep.__dict__, None, ['value'], 1)
print(m is pkg.sub.deep)
print(__name__, __package__, __spec__)
print(sorted(k for k in sys.modules if k.startswith(('pkg', 'ns', 'mod'))))
print(list(mod.__dict__)[:9])
print(type(mod.__builtins__).__name__, type(__builtins__).__name__)

if __name__ == '__main__':
    print('run as main')
