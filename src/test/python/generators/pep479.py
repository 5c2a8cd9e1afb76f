def leaky():
    yield 1
    raise StopIteration('leak')

try:
    print(list(leaky()))
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))

def next_leak():
    it = iter([])
    yield next(it)

try:
    for x in next_leak():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

def subclass_leak():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(subclass_leak())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield 'handled'
print(list(ok()))

# return in generator is fine
def ret():
    yield 1
    return 2
print(list(ret()))

# StopAsyncIteration leaking out of a generator also becomes RuntimeError? (no: only for async gens)
def sai():
    yield 1
    raise StopAsyncIteration
try:
    list(sai())
except Exception as e:
    print(type(e).__name__)
