def gen():
    print('running inside', g.gi_running)
    yield 1
    yield 2

g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.__name__, g.__qualname__)
print(g.gi_frame.f_lineno if g.gi_frame else None)
next(g)
print(g.gi_running, g.gi_frame.f_lineno)
print(g.gi_yieldfrom)
list(g)
print(g.gi_frame, g.gi_running)

def outer():
    yield from inner()
def inner():
    yield 'x'
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)

class C:
    def method(self):
        yield self
print(C().method().__qualname__)
g = gen()
g.__name__ = 'renamed'
print(g.__name__)
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(type(gen()).__name__, repr(type(gen())))
