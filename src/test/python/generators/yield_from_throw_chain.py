def leaf():
    try:
        yield 'leaf'
    except ValueError as e:
        print('leaf caught', e)
        yield 'leaf recovered'
    finally:
        print('leaf finally')

def mid():
    try:
        r = yield from leaf()
        print('mid got', r)
        yield 'mid after'
    finally:
        print('mid finally')

def top():
    yield from mid()
    yield 'top end'

g = top()
print(next(g))
print(g.throw(ValueError('thrown')))
print(next(g))
print(next(g))
print(next(g, 'exhausted'))

g = top()
next(g)
try:
    g.throw(KeyError('uncaught'))
except KeyError as e:
    print('propagated', repr(e))

g = top()
next(g)
g.close()
print('closed', g.gi_frame)
