# Generators: next/send/throw/close, return values, yield from delegation, exception state.
import sys


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            print('got', got)
            i = got
        else:
            i += 1
    return 'done'


g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    next(g)
except StopIteration as e:
    print('again', e.value)
print(list(counter(4)), sum(counter(10)))


def echo():
    try:
        while True:
            try:
                x = yield
                print('echo', x)
            except ValueError as e:
                print('handled', e)
    finally:
        print('echo closing')


e = echo()
next(e)
e.send(1)
e.throw(ValueError('thrown'))
e.send(2)
e.close()
print('closed')
try:
    e.send(3)
except StopIteration:
    print('send after close: StopIteration')


def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignorer()
next(g)
try:
    g.close()
except RuntimeError as err:
    print(err)

g = counter(2)
try:
    g.send(5)
except TypeError as err:
    print(err)


def inner():
    x = yield 'a'
    print('inner got', x)
    y = yield 'b'
    print('inner got', y)
    return 'inner result'


def outer():
    r = yield from inner()
    print('outer got', r)
    yield from [10, 20]
    return 'outer result'


g = outer()
print(next(g))
print(g.send('s1'))
print(g.send('s2'))
print(next(g))
try:
    next(g)
except StopIteration as ex:
    print('outer returned', ex.value)


def catcher():
    try:
        yield 1
    except KeyError as ex:
        print('inner caught', repr(ex))
        yield 'recovered'


def delegator():
    result = yield from catcher()
    yield 'after'


g = delegator()
print(next(g))
print(g.throw(KeyError('k')))
print(next(g))


def stopper():
    yield 1
    raise StopIteration('oops')


try:
    list(stopper())
except RuntimeError as ex:
    print(type(ex).__name__, ex, repr(ex.__cause__))


# The generator's handled exception is its own: saved on yield, restored on resume.
def exc_gen():
    try:
        raise ValueError('in generator')
    except ValueError:
        print('gen sees', sys.exc_info()[1])
        yield 1
        print('gen sees again', sys.exc_info()[1])
    yield 2


g = exc_gen()
next(g)
print('outside sees', sys.exc_info())
try:
    raise KeyError('caller')
except KeyError:
    next(g)
    print('caller still sees', repr(sys.exc_info()[1]))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])
squares = (x * x for x in range(6) if x % 2 == 0)
print(squares.__class__.__name__, list(squares), list(squares))
print(g.__name__, type(g).__name__)


def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        print('cleanup')


# (Finalization of an abandoned generator depends on reference counting: close it explicitly.)
g = gen_with_return_in_finally()
for v in g:
    print('value', v)
    break
g.close()
