async def sample(x):
    return x * 2

c = sample(3)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
print(c.cr_frame)
c2 = sample(1)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c3 = sample(2)
try:
    c3.throw(ValueError('into coro'))
except ValueError as e:
    print('thrown', e)
