def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner result'

def outer():
    r = yield from inner()
    print('outer got result', r)
    z = yield 'o1'
    return z

g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    g.send('C')
except StopIteration as e:
    print('final', e.value)

# yield from a list / string / range
def flat():
    yield from [1, 2]
    yield from 'ab'
    yield from range(3, 5)
    r = yield from []
    print('empty yield from gives', r)
print(list(flat()))

# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# send to a delegate that is a plain iterator
def to_iter():
    yield from iter([1, 2])
g = to_iter()
next(g)
try:
    g.send('x')
except AttributeError as e:
    print(type(e).__name__, e)
