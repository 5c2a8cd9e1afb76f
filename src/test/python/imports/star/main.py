# from m import *: __all__ when defined, else every public name.
from noall import *
print(sorted(k for k in dir() if not k.startswith('__')))
from withall import *
print(sorted(k for k in dir() if not k.startswith('__')))
from spkg import *
print(sorted(k for k in dir() if not k.startswith('__')))
print(sub.X)
def f():
    try:
        exec('from badall import *', {})
    except TypeError as e:
        print('TypeError:', e)
f()
