import sys

def gen():
    print("gen start:", sys.exc_info()[1])
    try:
        raise KeyError("gen's own")
    except KeyError:
        yield sys.exc_info()[1]
        print("gen resumed:", repr(sys.exc_info()[1]))
    yield sys.exc_info()[1]

it = gen()
try:
    raise ValueError("caller's")
except ValueError:
    print("first:", repr(next(it)))
    print("caller still:", repr(sys.exc_info()[1]))
print("caller after:", sys.exc_info()[1])
print("second:", next(it))

def driven():
    while True:
        v = yield
        print("driven sees", repr(sys.exc_info()[1]), "got", v)

d = driven()
next(d)
try:
    1 / 0
except ZeroDivisionError:
    d.send("inside except")
d.send("outside")

def ctx_gen():
    try:
        yield
    except TypeError as e:
        print("ctx:", repr(e.__context__))
        yield "handled"

c = ctx_gen()
next(c)
try:
    raise OSError("outer")
except OSError:
    print(c.throw(TypeError("thrown")))
