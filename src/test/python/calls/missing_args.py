def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)
def t(call):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
t(lambda: f())
t(lambda: f(1))
t(lambda: f(1, 2))
t(lambda: f(1, 2, d=4))
t(lambda: f(b=2, d=4))
def g(a, b, c):
    pass
t(lambda: g(1))
t(lambda: g())
def kwonly(*, x, y, z):
    pass
t(lambda: kwonly())
t(lambda: kwonly(x=1))
class C:
    def m(self, a):
        return a
    @classmethod
    def cm(cls, a, b):
        return a
    @staticmethod
    def sm(a):
        return a
t(lambda: C().m())
t(lambda: C.m(C()))
t(lambda: C.cm(1))
t(lambda: C.sm())
t(lambda: C.m())
