import sys

def info():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, repr(v), tb is not None, sys.exception() is v)

print('start', info())
try:
    print('try', info())
    raise ValueError('v')
except ValueError:
    print('except', info())
    try:
        raise KeyError('k')
    except KeyError:
        print('inner except', info())
    finally:
        print('inner finally', info())
    print('after inner', info())
else:
    print('else not reached')
finally:
    print('finally', info())
print('after', info())

try:
    pass
except Exception:
    pass
else:
    print('else', info())
finally:
    print('finally no exc', info())

# in a finally during exception propagation
def f():
    try:
        raise TypeError('t')
    finally:
        print('finally while propagating', info())
try:
    f()
except TypeError:
    pass
print('end', info())

# called function sees caller's handled exception
def callee():
    return info()
try:
    raise IndexError(3)
except IndexError:
    print('callee', callee())

# lambda and comprehension inside a handler
try:
    raise NameError('n')
except NameError:
    print('lambda', (lambda: sys.exc_info()[0].__name__)())
    print('comp', [sys.exc_info()[0].__name__ for _ in range(2)])
