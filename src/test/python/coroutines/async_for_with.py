class Suspend:
    def __await__(self):
        yield "tick"

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        await Suspend()
        return self.suppress

async def agen():
    for i in "xyz":
        await Suspend()
        yield i

async def main():
    async for i in Counter(3):
        print("counter", i)
    async for ch in agen():
        if ch == "z":
            break
        print("agen", ch)
    else:
        print("not reached")
    async with Manager("m") as v:
        print("inside", v)
    async with Manager("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Manager("p"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    print([x async for x in agen()])
    print({x: i async for i, x in aenumerate(agen())})
    print([await double(x) for x in range(3)])
    gen = (x * 2 async for x in Counter(2))
    print(type(gen).__name__, [y async for y in gen])
    return "ok"

async def aenumerate(ait):
    i = 0
    async for x in ait:
        yield i, x
        i += 1

async def double(x):
    await Suspend()
    return 2 * x

c = main()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration as e:
    print("main returned", e.value, "after", ticks, "ticks")
