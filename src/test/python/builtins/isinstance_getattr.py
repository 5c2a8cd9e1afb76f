print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance('a', (list, (dict, str))))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance([], list | dict))
print(issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance(1, Magic), issubclass(str, Magic), issubclass(int, Magic))
class A:
    x = 1
a = A()
print(getattr(a, 'x'), getattr(a, 'y', 'default'), hasattr(a, 'x'), hasattr(a, 'y'))
setattr(a, 'y', 2)
print(a.y, vars(a))
delattr(a, 'y')
print(vars(a))
try:
    getattr(a, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(A) if not k.startswith('__')))
print('x' in dir(a), 'y' in dir(a), dir(a) == sorted(dir(a)))
print(callable(len), callable(A), callable(a), callable(1))
print(type(int | str).__name__, int | str, (int | str).__args__)
