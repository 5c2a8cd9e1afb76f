def gen():
    yield 1
    return 'result'

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)

for args in [(), (None,), (5,), (1, 2)]:
    e = StopIteration(*args)
    print(args, repr(e.value), e.args)

e = StopIteration(1)
e.value = 99
print(e.value, e.args)

def gen2():
    return (yield)
g = gen2()
next(g)
try:
    g.send([1, 2])
except StopIteration as e:
    print('send result', e.value)

# a tuple return value is not unpacked
def gen3():
    yield
    return (1, 2)
g = gen3()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)

# next with default swallows StopIteration
print(next(iter([]), 'default'))
it = iter([1])
print(next(it), next(it, None))
try:
    next(iter([]))
except StopIteration as e:
    print('empty', repr(e), e.value)
