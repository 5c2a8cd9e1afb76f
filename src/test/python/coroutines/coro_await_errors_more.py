# Errors from await on bad objects and coroutine misuse.
class NoAwait:
    pass

class BadAwait:
    def __await__(self):
        return 42

class GenAwait:
    def __await__(self):
        return iter([1, 2])

class CoroAwait:
    def __await__(self):
        async def c():
            pass
        return c()

async def use(x):
    return await x

def drive(c):
    try:
        r = []
        v = c.send(None)
        while True:
            r.append(v)
            v = c.send(None)
    except StopIteration as e:
        return r, e.value
    except Exception as e:
        return type(e).__name__, str(e)

for obj in [NoAwait(), BadAwait(), GenAwait(), CoroAwait(), 5, None]:
    print(drive(use(obj)))

async def simple():
    return 1

c = simple()
print(drive(use(c)))
print(drive(use(c)))

async def self_await():
    return await me

me = self_await()
print(drive(me))

def plain():
    yield 1
print(drive(use(plain())))
