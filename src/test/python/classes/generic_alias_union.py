# PEP 585 generic aliases, PEP 604 unions, __mro_entries__, isinstance/issubclass protocols.
a = list[int]
print(a, type(a).__name__ if False else "", a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[()], tuple[int, ...], type[int])
print(list[int]() == [], a == list[int], hash(a) == hash(list[int]), a != list[str])
print(a.__name__, a.__module__, a.append is list.append)
try:
    isinstance([], a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[int]
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    pass
class Entries:
    def __mro_entries__(self, bases):
        return (Base,)
class C(Entries(), dict[str, int].__origin__.__class__.__base__ if False else object):
    pass
print(C.__mro__, C.__orig_bases__[1], len(C.__orig_bases__))
class D(Base, Entries() if False else object):
    pass
print(hasattr(D, "__orig_bases__"))
print(a.__reduce__())
u = int | str
print(u, u.__args__, int | None, isinstance(3, u), isinstance(3.0, u), issubclass(bool, int | str))
print((int | str) == (str | int), int | str | int, list[int] | None, type(u).__name__, type(a).__module__)
try:
    isinstance(3, int | list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 | int
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
