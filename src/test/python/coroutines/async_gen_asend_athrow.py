# Async generators driven by hand: asend/athrow/aclose awaitables stepped with send().
class Suspend:
    def __await__(self):
        return (yield "suspended")

def run(aw):
    """Drive an awaitable to completion, printing what it yields."""
    try:
        v = aw.send(None)
        while True:
            print("  yielded to loop:", v)
            v = aw.send("loopval")
    except StopIteration as e:
        return e.value

async def agen():
    x = yield 1
    print("  agen got", x)
    y = await Suspend()
    print("  agen awaited", y)
    try:
        z = yield 2
        print("  agen got", z)
    except KeyError as e:
        print("  agen caught", repr(e))
        yield "after-throw"
    yield 3

g = agen()
print(run(g.asend(None)))
print(run(g.asend("A")))
print(run(g.athrow(KeyError("kk"))))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print(type(e).__name__, e.args)
try:
    run(g.asend(None))
except StopAsyncIteration as e:
    print("again", type(e).__name__)

g = agen()
print(run(g.asend(None)))
try:
    run(g.athrow(ValueError("bad")))
except ValueError as e:
    print(type(e).__name__, e)
print(run(g.aclose()))
print(g.ag_running, g.ag_frame)
