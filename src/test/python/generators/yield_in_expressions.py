def g():
    a = (yield 1) + (yield 2)
    print('a =', a)
    c = {'k': (yield 'dict')}
    print('c =', c)
    d = f((yield 'arg'), kw=(yield 'kw'))
    print('d =', d)
    yield

def f(*a, **k):
    return a, k

gen = g()
print(next(gen))
print(gen.send(10))
print(gen.send(20))
print(gen.send('v'))
print(gen.send('p'))
print(gen.send('q'))

def lam():
    x = yield
    yield (lambda: x)()
l = lam()
next(l)
print(l.send('captured'))

def yield_none():
    r = yield
    yield r
y = yield_none()
print(next(y), next(y))
