# sys.exc_info at many points: nested handlers, finally, after del, in called functions, lambda.
import sys

def cur():
    e = sys.exception()
    return repr(e)

probe = lambda: sys.exc_info()[0]

print(1, cur())
try:
    raise ValueError("a")
except ValueError:
    print(2, cur(), probe())
    try:
        raise TypeError("b")
    except TypeError:
        print(3, cur())
    finally:
        print(4, cur())
    print(5, cur())
    try:
        pass
    finally:
        print(6, cur())
print(7, cur())
try:
    try:
        raise KeyError("c")
    finally:
        print(8, cur())
except KeyError:
    print(9, cur())

def returns_in_handler():
    try:
        raise IndexError("d")
    except IndexError:
        return cur()
print(10, returns_in_handler(), cur())

def break_in_handler():
    for i in range(2):
        try:
            raise OSError(i)
        except OSError:
            break
    return cur()
print(11, break_in_handler())

try:
    raise ValueError("e")
except ValueError as e:
    del e
    print(12, cur())

class C:
    try:
        raise ArithmeticError("class")
    except ArithmeticError:
        seen = cur()
print(13, C.seen, cur())
print(14, [cur() for _ in range(1)])
try:
    raise ValueError("f")
except ValueError:
    print(15, [cur() for _ in range(1)], list(cur() for _ in range(1)))
