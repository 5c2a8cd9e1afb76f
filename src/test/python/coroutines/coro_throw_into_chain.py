# throw() into a coroutine suspended deep in an await chain; handlers at different depths.
class Suspend:
    def __await__(self):
        return (yield "paused")

async def inner():
    try:
        return await Suspend()
    except KeyError as e:
        print("inner caught", repr(e))
        return await Suspend()

async def outer():
    try:
        x = await inner()
        print("inner returned", x)
        return await inner()
    except ValueError as e:
        print("outer caught", repr(e))
        return "recovered"
    finally:
        print("outer finally")

c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
print(c.send(1))
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print("done", e.value)

c = outer()
c.send(None)
try:
    c.throw(TypeError, "as type")
except TypeError as e:
    print(type(e).__name__, e)
c = outer()
c.send(None)
try:
    c.throw(IndexError("x"), None, None)
except IndexError as e:
    print(type(e).__name__, e, e.__traceback__ is not None)
