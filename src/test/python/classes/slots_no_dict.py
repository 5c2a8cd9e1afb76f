# __slots__ restricts instance attributes: no __dict__, AttributeError on unknown names.
class Ro:
    __slots__ = ()

class S:
    __slots__ = ("a",)

class Sub(S):
    pass

r = Ro()
print(hasattr(r, "__dict__"))
try:
    r.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
s = S()
s.a = 1
print(s.a, type(S.__dict__["a"]).__name__)
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
del s.a
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
t = Sub()
t.b = 3
print(t.__dict__)
