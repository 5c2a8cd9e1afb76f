def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
    return "inner result"

def outer():
    try:
        r = yield from inner()
        print("got", r)
        yield 3
    finally:
        print("outer finally")

o = outer()
print(next(o))
o.close()
print("--")
o = outer()
print(next(o), next(o), next(o))
try:
    next(o)
except StopIteration:
    print("done")
print("--")
o = outer()
next(o)
try:
    o.throw(ValueError("v"))
except ValueError as e:
    print("ValueError reached caller:", e)
