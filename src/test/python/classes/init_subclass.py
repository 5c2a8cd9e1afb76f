class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

class A(Base, tag='a'): pass
class B(A): pass
class C(Base, tag='c'): pass
print(Base.registry, A.tag, B.tag, C.tag)
try:
    class Bad(Base, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain(object, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else f'<{self.name} of {type(obj).__name__}>'
class Host:
    first = Desc()
    second = Desc()
print(Host().first, Host().second, Host.first.name)

class Gen:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Gen[int], Gen['x'], Gen[1, 2])
try:
    object()[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Host[1]
except TypeError as e:
    print(type(e).__name__, e)
