class A:
    def who(self):
        return 'A'
    @classmethod
    def cls_who(cls):
        return 'A.cls ' + cls.__name__
class B(A):
    def who(self):
        return 'B>' + super().who()
    @classmethod
    def cls_who(cls):
        return 'B>' + super().cls_who()
class C(A):
    def who(self):
        return 'C>' + super(C, self).who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print(D().who(), D.cls_who())
print(super(B, D()).who(), super(C, D()).who())
s = super(B, D())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
def outside(self):
    return super().who()
try:
    outside(D())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
class E(A):
    def who(self):
        f = lambda: super(E, self).who()
        return 'E>' + f()
    def comp(self):
        return [super(E, self).who() for _ in range(1)]
print(E().who(), E().comp())
try:
    super(A, A()).who()
except AttributeError as e:
    print(type(e).__name__, e)
class F(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(F().ok)
