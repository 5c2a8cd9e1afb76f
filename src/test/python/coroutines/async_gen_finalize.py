async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen cleanup')

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError('suspended')

g = agen()
print(drive(g.__anext__()))
print(drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print('exhausted', type(e).__name__)

async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(drive(collect()))

async def comp():
    return [v async for v in agen() if v > 1]
print(drive(comp()))
print(type(agen()).__name__, type(agen().__anext__()).__name__)
