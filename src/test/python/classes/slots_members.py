# __slots__: member descriptors, inheritance, __dict__ in slots, name mangling, the errors of type_new.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Q(P):
    __slots__ = ("z", "__dict__")
class R:
    __slots__ = "__priv"
    def set(self):
        self.__priv = 5
        return self.__priv
p = P(1, 2); q = Q(3, 4); q.z = 5; q.w = 6
print(p.x, p.y, q.x, q.z, q.__dict__, P.x, sorted(k for k in Q.__dict__ if not k.startswith("__")))
print(R().set(), "_R__priv" in R.__dict__, hasattr(p, "__dict__"))
for bad in [(1,), ("a b",), ("x",)]:
    try:
        class B:
            x = 1
            __slots__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class I(int):
        __slots__ = ("a",)
except TypeError as e:
    print(type(e).__name__, e)
class E(Exception):
    __slots__ = ()
print(E("m").args)
try:
    P.x.__get__(3)
except TypeError as e:
    print(type(e).__name__, e)
