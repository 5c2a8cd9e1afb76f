# User-defined descriptors (data and non-data), __set_name__, class attributes vs instance
# attributes, __class__ and super() in nested functions, metaclass basics, __getattribute__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(self.name[1:] + ' must be int')
        setattr(obj, self.name, value)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v


class Point:
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @Lazy
    def norm2(self):
        print('computing')
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p.x, p.y, p.norm2, p.norm2, type(Point.__dict__['x']).__name__)
try:
    p.x = 'a'
except TypeError as e:
    print(e)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)


class Tagged(metaclass=Meta):
    pass


class SubTagged(Tagged):
    pass


print(Tagged.tag, SubTagged.tag, type(Tagged).__name__, isinstance(Tagged, Meta))


class Logged:
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError('no peeking: ' + name)
        return object.__getattribute__(self, name)


lg = Logged()
lg.public = 1
print(lg.public, hasattr(lg, 'secret_key'))


class Base:
    def greet(self):
        return 'base'


class Child(Base):
    def greet(self):
        def helper():
            return super(Child, self).greet()
        return 'child+' + helper() + '+' + __class__.__name__


print(Child().greet())


class Account:
    rate = 0.5

    def __init__(self):
        self.balance = 100


a1, a2 = Account(), Account()
a1.rate = 0.9
Account.rate = 0.1
print(a1.rate, a2.rate, Account.rate)
del a1.rate
print(a1.rate)


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return item


Registry.register('a')
Registry().register('b')
print(Registry.items)
print(Point.__name__, Point.__qualname__, Point.__module__, Child.__mro__[1].__name__)


class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__


print(Outer.Inner().where(), repr(Outer.Inner)[:30])
