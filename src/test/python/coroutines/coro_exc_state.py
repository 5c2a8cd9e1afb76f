import sys

class Suspend:
    def __await__(self):
        yield

async def handler():
    try:
        raise ValueError("inside coroutine")
    except ValueError:
        print("in coro before await:", sys.exc_info()[1])
        await Suspend()
        print("in coro after await:", sys.exc_info()[1])
    print("in coro after except:", sys.exc_info()[1])

c = handler()
try:
    raise KeyError("outer")
except KeyError:
    c.send(None)
    print("caller sees:", repr(sys.exc_info()[1]))
print("caller outside:", sys.exc_info()[1])
try:
    c.send(None)
except StopIteration:
    print("done")

async def raise_in_coro():
    raise TypeError("t")

async def ctx():
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            await raise_in_coro()
        except TypeError as e:
            print("context:", repr(e.__context__))

try:
    ctx().send(None)
except StopIteration:
    pass
