# Subclasses of classmethod, staticmethod and property (as abc.py defines them), with overridden __get__.
class acm(classmethod):
    __isabstractmethod__ = True
    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)
class asm(staticmethod):
    pass
class aprop(property):
    pass
class Logged(property):
    def __get__(self, obj, objtype=None):
        print("get", self.fget.__name__)
        return super().__get__(obj, objtype)
class C:
    @acm
    def make(cls):
        return cls.__name__
    @asm
    def s(x):
        return x * 2
    @aprop
    def p(self):
        return 42
    @Logged
    def q(self):
        return 7
    @p.setter
    def p(self, v):
        print("set", v)
c = C()
print(C.make(), c.make(), C.s(3), c.p, c.q, type(C.__dict__['make']).__name__, C.__dict__['make'].__isabstractmethod__)
c.p = 5
print(isinstance(C.__dict__['p'], property), type(C.__dict__['p']).__name__)
