class Data:
    def __get__(self, obj, owner):
        return ('data get', obj is None, owner.__name__)
    def __set__(self, obj, value):
        print('data set', value)
class NonData:
    def __get__(self, obj, owner):
        return 'nondata get'
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d)
c.d = 5
c.__dict__['d'] = 'instance'
print(c.d)
print(c.n)
c.n = 'shadow'
print(c.n)
del c.n
print(c.n)
class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__['so'] = v * 2
class D:
    so = SetOnly()
d = D()
d.so = 4
print(d.so, type(D.__dict__['so']).__name__)
class DelOnly:
    def __get__(self, o, t):
        return 'x'
    def __delete__(self, o):
        print('delete called')
class E:
    x = DelOnly()
e = E()
del e.x
try:
    e.x = 1
except AttributeError as err:
    print(type(err).__name__, err)
# functions are non-data descriptors
def f(self):
    return self
print(f.__get__(1)(), f.__get__(None, int) is f)
print(staticmethod(f).__get__(1)(2), classmethod(f).__get__(None, int)())
