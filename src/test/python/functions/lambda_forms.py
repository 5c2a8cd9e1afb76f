f = lambda: 'none'
g = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(f(), g(1), g(1, 5, 6, k=7, z=8))
print((lambda *a: a)(1, 2), (lambda **k: k)(a=1), (lambda x, /: x)(9))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print((lambda: (yield))().__class__.__name__)
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
print(f.__name__, f.__qualname__, (lambda: 0).__code__.co_name)
