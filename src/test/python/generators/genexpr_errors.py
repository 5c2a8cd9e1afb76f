g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g, 'dead after error'))
g = (x for x in range(3))
print(g.send(None))
try:
    g.send(5)
    print('send to genexpr ok')
except TypeError as e:
    print(type(e).__name__, e)
g = (x for x in range(3))
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('thrown out', repr(e))
g = (x for x in range(3))
g.close()
print(list(g))
print(sum(x for x in range(4)), list(x * y for x in range(3) for y in range(x)))
