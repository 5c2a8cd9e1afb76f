def gen():
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)
    return 'done'

g = gen()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send('a'))
try:
    g.send('b')
except StopIteration as e:
    print('stop', e.value)
try:
    g.send('c')
except StopIteration as e:
    print('stop again', repr(e.value))
print(next(g, 'exhausted'))
