async def add(a, b):
    return a + b

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None)
print(c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

c2 = add(1, 2)
try:
    c2.send(5)
except TypeError as e:
    print("TypeError", e)
c2.close()

c3 = add(1, 2)
try:
    for x in c3:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    next(c3)
except TypeError as e:
    print("TypeError", e)
c3.close()

class Later:
    def __await__(self):
        v = yield "suspended"
        return v * 2

async def outer():
    r = await Later()
    s = await add(r, 1)
    return s

c = outer()
print(c.send(None))
print(c.cr_await is not None, type(c.cr_await).__name__)
try:
    c.send(20)
except StopIteration as e:
    print("outer returned", e.value)
