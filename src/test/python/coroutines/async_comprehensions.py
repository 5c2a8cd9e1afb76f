# async comprehensions and await inside comprehensions, driven by hand.
class Yield:
    def __await__(self):
        yield "y"

async def agen(n):
    for i in range(n):
        await Yield()
        yield i

async def double(x):
    await Yield()
    return 2 * x

async def main():
    a = [x async for x in agen(4)]
    b = {x: await double(x) async for x in agen(3) if x != 1}
    c = [await double(x) for x in range(3)]
    d = {x async for x in agen(5) if x % 2}
    g = (x * 10 async for x in agen(3))
    e = [y async for y in g]
    try:
        [1 / x async for x in agen(3)]
    except ZeroDivisionError as ex:
        print(type(ex).__name__, ex)
    return a, b, c, sorted(d), e

c = main()
n = 0
try:
    while True:
        c.send(None)
        n += 1
except StopIteration as e:
    print(e.value)
print("steps", n)
