# Classes: __init__, methods, inheritance, super(), MRO, class attributes, properties,
# staticmethod/classmethod, dunder methods with reflection, __eq__/__hash__, __repr__/__str__.
class Animal:
    kind = 'animal'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return '...'

    def describe(self):
        return f'{self.name} the {self.kind} says {self.speak()}'

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'


class Dog(Animal):
    kind = 'dog'

    def speak(self):
        return 'woof'


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + '!'


p = Puppy('Rex', 1)
print(p.describe(), p.age, repr(p), [p])
print(Puppy.__mro__)
print(isinstance(p, Animal), issubclass(Puppy, Dog), type(p) is Puppy, Puppy.__bases__, Puppy.__name__)


class A:
    def who(self):
        return 'A'


class B(A):
    def who(self):
        return 'B>' + super().who()


class C(A):
    def who(self):
        return 'C>' + super().who()


class D(B, C):
    def who(self):
        return 'D>' + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y) if False else 'Vec(' + repr(self.x) + ', ' + repr(self.y) + ')'

    def __str__(self):
        return '<' + str(self.x) + ',' + str(self.y) + '>'

    def __bool__(self):
        return bool(self.x or self.y)


v = Vec(1, 2) + Vec(3, 4)
print(v, repr(v), v * 2, 3 * v, v == Vec(4, 6), v != Vec(4, 6), len(v), list(v), v[1])
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]), {Vec(1, 1), Vec(1, 1)}, bool(Vec(0, 0)), Vec(0, 0) > Vec(-1, 0))
try:
    Vec(1, 2) + 5
except TypeError as e:
    print(e)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v

    @staticmethod
    def unit():
        return 'C'

    @classmethod
    def make(cls, v):
        t = cls()
        t.celsius = v
        return t


t = Temp.make(25)
print(t.celsius, Temp.unit(), t.unit())
try:
    t.celsius = -300
except ValueError as e:
    print(e)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1


Counter()
Counter()
print(Counter.instances)


class NoEq:
    pass


n = NoEq()
print(n == n, n == NoEq(), n.__class__.__name__, hasattr(n, 'x'), getattr(n, 'x', 'default'))
n.x = 1
setattr(n, 'y', 2)
print(n.x, n.y, vars(n))
del n.x
print(hasattr(n, 'x'))
try:
    n.missing
except AttributeError as e:
    print(e)


class Unhashable:
    def __eq__(self, o):
        return True


try:
    hash(Unhashable())
except TypeError as e:
    print(e)


class WithGetattr:
    def __getattr__(self, name):
        return name.upper()


print(WithGetattr().hello)


class Base:
    def __init_subclass__(cls, **kw):
        print('subclass', cls.__name__)


class Derived(Base):
    pass


class Slots:
    def __init__(self):
        self.a = 1
        self.b = 2


s1, s2 = Slots(), Slots()
s2.c = 3
print(vars(s1), vars(s2))
print(type('Dyn', (Animal,), {'speak': lambda self: 'dyn'})('d').describe())


class E(Exception):
    def __str__(self):
        return 'custom str'


try:
    raise E('x')
except E as e:
    print(e, repr(e))
try:
    Animal()
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
