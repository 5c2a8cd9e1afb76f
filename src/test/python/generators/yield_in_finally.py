def g():
    try:
        yield 1
    finally:
        yield "from finally"
        print("finally done")

it = g()
print(next(it))
print(it.throw(ValueError("x")) if False else next(it))
try:
    next(it)
except StopIteration:
    print("stopped")

it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)

it = g()
next(it)
try:
    print(it.throw(KeyError("k")))
    next(it)
except KeyError as e:
    print("KeyError after finally:", e)
