import sys
# sys.exception() and exc_info() inside nested function calls, class bodies and lambdas during handling
def depth(n):
    if n == 0:
        return type(sys.exception()).__name__
    return depth(n - 1)
try:
    raise LookupError
except LookupError:
    print(depth(5))
    class InHandler:
        seen = type(sys.exception()).__name__
    print(InHandler.seen)
    print((lambda: sys.exc_info()[0].__name__)())
    try:
        raise KeyError
    except KeyError:
        print(depth(2))
    print(depth(2))
print(sys.exception(), sys.exc_info())
def handler_returns():
    try:
        raise ValueError
    except ValueError:
        return sys.exception()
r = handler_returns()
print(type(r).__name__, sys.exception())
