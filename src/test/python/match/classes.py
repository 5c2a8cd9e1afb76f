class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def f(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "unreachable"
        case Point(x, y=5):
            return f"y is five, x={x}"
        case Point3(x, y, z=zz):
            return f"3d {x} {y} {zz}"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case list([a, b]):
            return f"list of two {a} {b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case bool(b):
            return "never: bool is int"
        case _:
            return "other"

for v in [Point(0, 0), Point3(0, 0, 0), Point(0, 3), Point(7, 5), Point3(1, 2, 3), Point(1, 1), 3, 2.5, True, "hi",
          [1, 2], [1], {"k": 9}, None]:
    print(f(v))

class NoArgs:
    def __init__(self):
        self.a = 1

match NoArgs():
    case NoArgs(a=1, b=2):
        print("wrong: no attribute b")
    case NoArgs(a=1):
        print("keyword matched")

