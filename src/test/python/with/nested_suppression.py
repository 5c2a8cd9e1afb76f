# Nested with statements where inner exits suppress, replace, or re-raise the exception.
import sys

class CM:
    def __init__(self, name, action=None):
        self.name, self.action = name, action
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, "exc_info:", sys.exc_info()[0])
        if self.action == "suppress":
            return True
        if isinstance(self.action, BaseException):
            raise self.action
        return False

def run(f):
    try:
        print("->", f())
    except Exception as e:
        print("-> raised", type(e).__name__, e, "context:", repr(e.__context__))

def a():
    with CM("o"):
        with CM("i", "suppress"):
            raise ValueError("a")
        return "after inner"

def b():
    with CM("o", "suppress"):
        with CM("i", KeyError("replaced")):
            raise ValueError("b")
    return "outer suppressed"

def c():
    with CM("o"), CM("m", "suppress"), CM("i", TypeError("from i")):
        raise ValueError("c")
    return "middle suppressed"

def d():
    for i in range(3):
        with CM(f"loop{i}", "suppress"):
            if i == 1:
                continue
            raise IndexError(i)
    return "loop done"

def e():
    with CM("o", RuntimeError("outer exit")):
        with CM("i", "suppress"):
            raise ValueError("e")
    return "unreached"

def f():
    with CM("only", "suppress"):
        return "returned from body"

for fn in [a, b, c, d, e, f]:
    print("==", fn.__name__)
    run(fn)
