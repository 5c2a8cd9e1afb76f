# aclose() on async generators: not started, suspended, ignoring GeneratorExit, finally with await.
class Suspend:
    def __await__(self):
        return (yield "tick")

def run(aw):
    try:
        v = aw.send(None)
        while True:
            print("  loop saw", v)
            v = aw.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup start")
        await Suspend()
        print("  cleanup end")

g = gen()
print("unstarted", run(g.aclose()))
g = gen()
print(run(g.__anext__()))
print("suspended", run(g.aclose()))
print("again", run(g.aclose()))

async def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = bad()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)

async def raiser():
    try:
        yield 1
    finally:
        raise OSError("in finally")

g = raiser()
run(g.__anext__())
try:
    run(g.aclose())
except OSError as e:
    print(type(e).__name__, e)

a = gen().aclose()
a.close()
print("closed awaitable")
an = gen().__anext__()
print(type(an).__name__ in ("async_generator_asend",), hasattr(an, "throw"))
