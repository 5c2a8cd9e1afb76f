class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print('call', cls.__name__, args)
        return super().__call__(*args, **kw)

class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v):
        self.v = v
a = A(5)
print(a.v, A.injected, type(A).__name__)
class B(A):
    pass
print(type(B).__name__)

class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(type(e).__name__, e)
T = type('T', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(T.__name__, T().f(), T.__qualname__)
print(type(1), type(type), type(Meta))
