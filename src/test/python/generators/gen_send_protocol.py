def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print('closing with', received)
        raise
g = echo()
print(g.send(None), g.send('a'), g.send('b'), next(g))
g.close()
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return total, count
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print('final', e.value)
def delegator():
    result = yield from averager()
    print('delegate returned', result)
    yield 'after'
d = delegator()
next(d)
print(d.send(4), d.send(8))
print(d.send(None))
