def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught inside', e)
        yield 'recovered'
    finally:
        print('gen finally')

# throw before start: raised at the start, no handler runs
g = gen()
try:
    g.throw(ValueError('early'))
except ValueError as e:
    print('early ->', e)
print(next(g, 'closed'))

# throw while suspended: caught, yields
g = gen()
next(g)
print(g.throw(ValueError('mid')))
try:
    next(g)
except StopIteration:
    print('finished')

# throw not caught inside
g = gen()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))

# throw after exhaustion
try:
    g.throw(IndexError('late'))
except IndexError as e:
    print('late ->', e)

# throw with class and with value/traceback forms
g = gen()
next(g)
print(g.throw(ValueError))
g.close()
g = gen()
next(g)
try:
    g.throw(TypeError, TypeError('typed'))
except TypeError as e:
    print('typed ->', e)
try:
    gen().throw(5)
except TypeError as e:
    print(type(e).__name__, e)
