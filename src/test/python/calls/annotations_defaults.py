def f(a: int, b: 'str' = 'x', *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f.__annotations__)
print(f(1))
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
def g():
    'docstring here'
    def inner():
        pass
    return inner
print(g.__doc__, g().__qualname__)
class K:
    def m(self) -> None:
        pass
print(K.m.__qualname__, K.m.__annotations__)
f.__defaults__ = ('y',)
print(f(1))
lam = lambda x, y=2: x + y
print(lam.__name__, lam(1), lam.__defaults__)
f.attr = 'custom'
print(f.attr, f.__dict__)
