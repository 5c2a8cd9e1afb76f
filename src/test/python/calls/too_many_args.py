def t(call):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
def f0():
    pass
def f1(a):
    pass
def f2(a, b=2):
    pass
def fk(a, *, k):
    pass
t(lambda: f0(1))
t(lambda: f1(1, 2))
t(lambda: f2(1, 2, 3))
t(lambda: f2(1, 2, 3, 4))
t(lambda: fk(1, 2))
t(lambda: fk(1, 2, k=3))
class C:
    def m(self):
        pass
t(lambda: C().m(1))
t(lambda: (lambda x: x)(1, 2))
t(lambda: f0(*range(3)))
