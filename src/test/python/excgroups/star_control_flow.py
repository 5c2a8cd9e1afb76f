# except* with else/finally, exc_info inside handlers, and handlers running in order.
import sys

def f(exc):
    try:
        if exc:
            raise exc
    except* ValueError as g:
        print("  V", repr(g), "exc_info:", sys.exc_info()[0].__name__, sys.exception() is g)
    except* TypeError as g:
        print("  T", repr(g))
    else:
        print("  else ran")
    finally:
        print("  finally ran, exc_info:", sys.exc_info()[:2])

for exc in [None, ValueError("a"), ExceptionGroup("g", [TypeError("b"), ValueError("c")])]:
    print("case", repr(exc))
    f(exc)

try:
    f(ExceptionGroup("g", [OSError("d")]))
except ExceptionGroup as e:
    print("escaped", repr(e))

def loop_with_star():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("x", [ValueError(i)])
        except* ValueError as g:
            out.append(g.exceptions[0].args[0])
    return out

print(loop_with_star())
print(sys.exc_info())
