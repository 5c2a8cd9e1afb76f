# Traceback objects: tb_next chain, tb_lineno, tb_frame.f_code.co_name, and with_traceback.
def a():
    b()

def b():
    raise ValueError("deep")

def names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

try:
    a()
except ValueError as e:
    print(names(e.__traceback__))
    saved = e.__traceback__

try:
    raise KeyError("k").with_traceback(saved)
except KeyError as e:
    print(names(e.__traceback__))

e = RuntimeError("no tb")
print(e.__traceback__)
try:
    e.with_traceback(42)
except TypeError as t:
    print(type(t).__name__, t)
try:
    e.__traceback__ = "x"
except TypeError as t:
    print(type(t).__name__, t)
e.__traceback__ = saved
print(names(e.__traceback__)[-1])
e.__traceback__ = None
print(e.__traceback__)

def gen():
    yield 1
    raise IndexError("in gen")
g = gen()
next(g)
try:
    next(g)
except IndexError as e:
    print(names(e.__traceback__))
