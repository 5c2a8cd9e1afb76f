import sys
def name():
    e = sys.exc_info()[1]
    return type(e).__name__ if e else None

def inner():
    yield name()
    try:
        raise KeyError('inner')
    except KeyError:
        yield name()
    yield name()

def outer():
    try:
        raise ValueError('outer')
    except ValueError:
        yield from inner()
        yield name()
    yield name()

print(list(outer()))
try:
    raise IndexError
except IndexError:
    g = outer()
    print([name(), next(g), name(), next(g), name()])
    print(list(g), name())
