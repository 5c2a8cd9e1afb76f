# An exception escaping a coroutine driven by hand prints frames of the await chain.
class Yield:
    def __await__(self):
        yield

async def deepest(x):
    await Yield()
    return {}[x]

async def middle(x):
    return await deepest(x)

async def top():
    try:
        return await middle("key")
    except KeyError as e:
        raise RuntimeError("top failed") from e

c = top()
c.send(None)
c.send(None)
