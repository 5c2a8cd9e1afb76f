async def fails():
    raise ValueError('inside coroutine')

async def catches():
    try:
        await fails()
    except ValueError as e:
        return f'caught {e}'

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

print(run(catches()))
c = fails()
try:
    c.send(None)
except ValueError as e:
    print('propagated', e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def awaits_twice():
    co = fails()
    try:
        await co
    except ValueError:
        pass
    await co
try:
    run(awaits_twice())
except RuntimeError as e:
    print(type(e).__name__, e)

async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print(type(e).__name__, e)
async def stop_leak():
    raise StopIteration('x')
try:
    run(stop_leak())
except RuntimeError as e:
    print(type(e).__name__, e)
