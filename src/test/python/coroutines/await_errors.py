async def coro():
    return 1

class NotAwaitable:
    pass

class BadAwait:
    def __await__(self):
        return 5

made = []
class AwaitCoro:
    def __await__(self):
        made.append(coro())
        return made[-1]

class AwaitGen:
    def __await__(self):
        yield 1
        return "gen result"

async def run(obj):
    return await obj

for obj in [NotAwaitable(), BadAwait(), AwaitCoro(), 3, None]:
    c = run(obj)
    try:
        c.send(None)
    except Exception as e:
        print(type(e).__name__, e)
    finally:
        c.close()

for m in made:
    m.close()
c = run(AwaitGen())
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)

class Wait:
    def __await__(self):
        yield

async def waiter(c):
    await c

inner = waiter(Wait())
a = waiter(inner)
a.send(None)
b = waiter(inner)
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
a.close()
b.close()

async def self_await():
    await me
me = self_await()
try:
    me.send(None)
except Exception as e:
    print(type(e).__name__, e)
