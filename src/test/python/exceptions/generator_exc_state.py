# sys.exc_info() is saved and restored around generators, including across throw() and close().
import sys


def show(tag):
    e = sys.exc_info()[1]
    print(tag, repr(e))


def g():
    show('gen start')
    try:
        raise KeyError('in gen')
    except KeyError:
        show('gen handler before yield')
        yield 1
        show('gen handler after yield')
    show('gen after handler')
    try:
        yield 2
    except ValueError:
        show('gen caught thrown')
        yield 3
    finally:
        show('gen finally')


it = g()
try:
    raise TypeError('caller')
except TypeError:
    show('caller before')
    next(it)
    show('caller after first next')
show('caller outside')
next(it)
print(it.throw(ValueError('thrown')))
show('caller after throw')
it.close()
show('caller after close')


def reraise_in_gen():
    try:
        yield
    except Exception:
        raise


r = reraise_in_gen()
next(r)
try:
    r.throw(IndexError('through'))
except IndexError as e:
    print('came back out:', repr(e))
