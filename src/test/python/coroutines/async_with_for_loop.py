# async with / async for run by a tiny round-robin event loop.
class Yield:
    def __await__(self):
        yield

class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    async def __aenter__(self):
        self.log.append(f"enter {self.name}")
        await Yield()
        return self
    async def __aexit__(self, t, v, tb):
        await Yield()
        self.log.append(f"exit {self.name} {t.__name__ if t else None}")
        return t is KeyError

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Yield()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

log = []

async def task(name, n, fail=None):
    async with Resource(name, log) as r:
        async for i in Ticker(n):
            log.append(f"{name} {i}")
        if fail:
            raise fail
    return name

def run_all(coros):
    q = list((c, i) for i, c in enumerate(coros))
    results = {}
    while q:
        c, i = q.pop(0)
        try:
            c.send(None)
            q.append((c, i))
        except StopIteration as e:
            results[i] = ("ok", e.value)
        except Exception as e:
            results[i] = ("err", type(e).__name__, str(e))
    return results

print(run_all([task("a", 2), task("b", 3, KeyError("swallowed")), task("c", 1, ValueError("boom"))]))
for line in log:
    print(line)
