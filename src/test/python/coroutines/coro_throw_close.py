class Suspend:
    def __await__(self):
        return (yield "paused")

async def body():
    try:
        x = await Suspend()
        print("resumed with", x)
        y = await Suspend()
        print("resumed with", y)
    except ValueError as e:
        print("body caught", repr(e))
        return "recovered"
    finally:
        print("finally in body")

c = body()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("StopIteration", e.value)

c = body()
c.send(None)
c.close()
print("closed", c.cr_frame)

async def stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)

async def raises_stop():
    raise StopIteration(5)

try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

c = body()
c.send(None)
try:
    c.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
