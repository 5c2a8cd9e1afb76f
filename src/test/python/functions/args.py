# Argument binding in every form, and CPython's TypeError messages for bad calls.
def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, x=9))
print(f(*[1, 2], **{'d': 7, 'y': 8}))
print(f(b=2, a=1, d=0))


def pos(a, b, /, c, *, d):
    return a, b, c, d


print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))


def g(x, y=2):
    return x, y


def h():
    pass


def check(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)


check(g)
check(g, 1, 2, 3)
check(g, 1, x=2)
check(g, 1, z=3)
check(h, 1)
check(f, 1)
check(f, 1, 2)
check(pos, 1, b=2, c=3, d=4)
check(pos, 1, 2, 3, 4)
check(lambda a, b, c: 0)
check(lambda a, *, k: 0, 1, 2, k=3)
check(lambda a, b, *, k, m: 0, 1, 2)
check(lambda: g(*5))
check(lambda: g(**5))
check(lambda: f(1, 2, d=1, **{'d': 2}))


def defaults(a, L=[]):
    L.append(a)
    return L


print(defaults(1), defaults(2))


def kwonly_default(*, key='k'):
    return key


print(kwonly_default(), kwonly_default(key='v'))
print(f.__name__, f.__defaults__, f.__kwdefaults__, g.__code__.co_name)


def doc():
    """The docstring."""


print(doc.__doc__, h.__doc__)


class C:
    def m(self, x, *, y=0):
        return x + y


c = C()
print(c.m(1, y=2), C.m(c, 3))
check(c.m)
check(C.m)
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower))
print(max([1, 5, 3], key=lambda v: -v), min([], default='empty'))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, '', 'a'])))
print(list(zip('ab', [1, 2, 3])), list(enumerate('xy', 1)), list(reversed([1, 2, 3])))
