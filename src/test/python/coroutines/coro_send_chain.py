# Hand-driven coroutines: send through an await chain of custom awaitables.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return (self.tag, got)

async def leaf(n):
    a = await Suspend(n)
    b = await Suspend(n + 1)
    return [a, b]

async def middle():
    r1 = await leaf(10)
    r2 = await leaf(20)
    return r1 + r2

async def top():
    return await middle()

c = top()
v = c.send(None)
i = 0
try:
    while True:
        print("yielded", v)
        i += 1
        v = c.send("s%d" % i)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame, c.cr_running, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
