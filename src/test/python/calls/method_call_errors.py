class C:
    def m(self, a, b=1, *, c):
        return a, b, c
    def noself():
        return 'no self'
def t(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
c = C()
t(lambda: c.m(1, c=2))
t(lambda: c.m())
t(lambda: c.m(1, 2, 3))
t(lambda: c.m(1, d=4, c=1))
t(lambda: c.noself())
t(lambda: C.noself())
t(lambda: C.m(c, 1, c=3))
t(lambda: c.m(1, **{'b': 2, 'c': 3}))
t(lambda: c.m(a=1, c=2, **{'a': 3}))
