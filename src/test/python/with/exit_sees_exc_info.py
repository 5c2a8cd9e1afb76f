# What __exit__ sees: exc_info during exit, traceback identity, and exit called with a caught exception.
import sys

class Spy:
    def __exit__(self, t, v, tb):
        print("exit args:", t, repr(v), tb is (v.__traceback__ if v else None))
        print("exc_info in exit:", sys.exc_info()[:2])
        print("exception in exit:", repr(sys.exception()))
        return True
    def __enter__(self):
        print("enter exc_info:", sys.exc_info()[:2])
        return self

with Spy():
    pass
with Spy():
    raise KeyError("k")
try:
    raise ValueError("outer")
except ValueError:
    with Spy():
        pass
    with Spy():
        raise TypeError("inner")
    print("after with in handler:", sys.exc_info()[:2])

def gen():
    with Spy():
        yield 1
        yield 2

g = gen()
next(g)
g.close()
g = gen()
next(g)
print(g.throw(IndexError("thrown")) if False else "skip")
try:
    g.throw(IndexError("thrown"))
except StopIteration:
    print("generator finished after suppression")
