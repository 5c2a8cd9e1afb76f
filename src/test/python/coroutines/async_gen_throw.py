def drive(aw):
    try:
        v = aw.send(None)
        print("  yielded to loop", v)
        return drive_more(aw)
    except StopIteration as e:
        return e.value

def drive_more(aw):
    while True:
        try:
            v = aw.send(None)
            print("  yielded to loop", v)
        except StopIteration as e:
            return e.value

async def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", repr(e))
        yield "after ValueError"
    finally:
        print("gen finally")

g = gen()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("v"))))
try:
    drive(g.athrow(KeyError("k")))
except KeyError as e:
    print("propagated", repr(e))
print(g.ag_frame)
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")

async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = ignore_exit()
print(drive(g.__anext__()))
try:
    drive(g.aclose())
except RuntimeError as e:
    print("RuntimeError", e)

async def raise_stop():
    yield 1
    raise StopAsyncIteration

g = raise_stop()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

async def raise_stopiter():
    raise StopIteration
    yield

try:
    drive(raise_stopiter().__anext__())
except RuntimeError as e:
    print("RuntimeError", e)

g = gen()
print(drive(g.aclose()), "aclose of unstarted")
aw = g.aclose()
print(drive(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

g = gen()
print(drive(g.__anext__()))
c = g.aclose()
print(drive(c))
