# async with: __aexit__ raising, suppressing, returning non-bool, and bad protocol objects.
class Yield:
    def __await__(self):
        yield

class CM:
    def __init__(self, name, ret=None, raise_in_exit=None):
        self.name, self.ret, self.raise_in_exit = name, ret, raise_in_exit
    async def __aenter__(self):
        print("enter", self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        await Yield()
        print("exit", self.name, t and t.__name__, v)
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.ret

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return ("ok", e.value)
    except Exception as e:
        ctx = e.__context__
        return ("err", type(e).__name__, str(e), type(ctx).__name__ if ctx else None)

async def body(cm, exc=None):
    async with cm as n:
        if exc:
            raise exc
        return n

print(run(body(CM("a"))))
print(run(body(CM("b", ret=True), ValueError("x"))))
print(run(body(CM("c", ret=0), ValueError("y"))))
print(run(body(CM("d", ret="yes"), KeyError("z"))))
print(run(body(CM("e", raise_in_exit=OSError("exit failed")), ValueError("w"))))
print(run(body(CM("f", raise_in_exit=OSError("exit failed")))))

class NoAexit:
    async def __aenter__(self):
        return 1
class NoAenter:
    async def __aexit__(self, *a):
        pass
class SyncOnly:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        pass
class BadAenter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass

for obj in [NoAexit(), NoAenter(), SyncOnly(), BadAenter()]:
    print(run(body(obj)))

async def nested():
    async with CM("outer", ret=True), CM("inner", raise_in_exit=TypeError("inner exit")):
        raise ValueError("body")
    return "after"
print(run(nested()))
