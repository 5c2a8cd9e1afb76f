class A:
    'A docstring'
    x = 1
    def m(self):
        pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__bases__, type(A.__dict__).__name__ in ('mappingproxy', 'dict'))
print('x' in A.__dict__, 'm' in A.__dict__, '__init__' in A.__dict__)
a = A()
print(a.__class__ is A, type(a) is A, a.__dict__, A().x)
a.x = 2
print(a.x, A.x)
del a.x
print(a.x)
A.y = 'added'
print(a.y)
del A.y
print(hasattr(a, 'y'))
class B(A):
    pass
print(B.x, B.__bases__[0] is A, B.__mro__[1] is A, issubclass(B, A), isinstance(B(), A))
a.__class__ = B
print(type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(A.__repr__ is object.__repr__, A.__init__ is object.__init__, A.m.__name__, type(A.m).__name__, type(a.m).__name__)
print(a.m.__self__ is a, a.m.__func__ is A.m)
