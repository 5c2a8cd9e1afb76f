# with targets: tuple unpacking, attribute and subscript targets, and errors in binding.
class CM:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False

class Obj:
    pass

o = Obj()
d = {}
with CM((1, (2, 3))) as (a, (b, c)):
    print(a, b, c)
with CM(5) as o.attr, CM(6) as d["k"]:
    print(o.attr, d)
with CM([1, 2, 3]) as (first, *rest):
    print(first, rest)
try:
    with CM(7) as (x, y):
        print("unreached")
except TypeError as e:
    print(type(e).__name__, e)
try:
    with CM((1, 2, 3)) as (x, y):
        print("unreached")
except ValueError as e:
    print(type(e).__name__, e)

