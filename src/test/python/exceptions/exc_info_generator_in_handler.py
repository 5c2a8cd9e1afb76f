# sys.exc_info()/sys.exception() seen by generators resumed inside and outside handlers.
import sys

def watcher():
    while True:
        print("  gen sees:", repr(sys.exception()), sys.exc_info()[0])
        try:
            yield
        except Exception as e:
            print("  gen caught", repr(e), "now sees", repr(sys.exception()))
            yield
            print("  after yield in gen handler sees", repr(sys.exception()))

g = watcher()
next(g)
try:
    raise ValueError("outer")
except ValueError:
    print("caller in handler")
    next(g)
    g.throw(KeyError("thrown"))
    print("caller still sees", repr(sys.exception()))
next(g)
print("caller outside:", sys.exception())
try:
    raise TypeError("second")
except TypeError:
    next(g)
    print("caller sees", repr(sys.exception()))

def inner_handler():
    try:
        raise OSError("in gen")
    except OSError:
        yield sys.exception()
        yield sys.exception()

h = inner_handler()
print(repr(next(h)), "outside sees", sys.exception())
try:
    raise LookupError("caller")
except LookupError:
    print(repr(next(h)), "caller sees", repr(sys.exception()))
