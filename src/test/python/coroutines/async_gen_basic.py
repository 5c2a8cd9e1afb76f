class Suspend:
    def __await__(self):
        r = yield "from await"
        return r

async def agen(n):
    for i in range(n):
        got = await Suspend()
        yield i, got

def drive(aw, sends=()):
    sends = list(sends)
    try:
        v = aw.send(None)
        while True:
            print("  awaitable yielded", v)
            v = aw.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return e.value

g = agen(2)
print(type(g).__name__, g.__name__, g.ag_running, g.ag_await)
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
print("value", drive(a, ["x"]))
print("value", drive(g.__anext__(), ["y"]))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration again")

async def echo():
    received = yield "first"
    while True:
        received = yield f"got {received}"

e = echo()
print(drive(e.asend(None)))
print(drive(e.asend("a")))
print(drive(e.asend("b")))
aw = e.asend("c")
print(drive(aw))
try:
    aw.send(None)
except RuntimeError as x:
    print("RuntimeError", x)
print(drive(e.aclose()))
try:
    drive(e.asend(None))
except StopAsyncIteration:
    print("closed generator: StopAsyncIteration")
