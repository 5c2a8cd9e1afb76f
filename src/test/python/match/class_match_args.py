# Class patterns with __match_args__, keyword patterns, builtins matched by self, and errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class P3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case P3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) if x > 0:
            return f"positive x-axis {x}"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case P3(x, y, z=z) if z < 0:
            return f"below {x},{y},{z}"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"

for p in [P3(0, 0, 0), Point(0, 0), Point(3, 0), Point(-3, 0), Point(0, 7), P3(1, 2, -3), P3(1, 2, 3), 5, 2.5, "s", None]:
    print(where(p))

class Bad:
    __match_args__ = ("a",)

class NotTuple:
    __match_args__ = ["a"]
    a = 1

for subj, label in [(Bad(), "missing attr"), (NotTuple(), "list match_args")]:
    try:
        match subj:
            case Bad(x):
                print(label, "matched", x)
            case NotTuple(x):
                print(label, "matched", x)
            case _:
                print(label, "no match")
    except Exception as e:
        print(label, type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
