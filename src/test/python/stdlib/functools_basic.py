import functools
from functools import partial, reduce, lru_cache, wraps, total_ordering, cmp_to_key

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
print(square(7), square.func is power, square.keywords)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner

@deco
def documented():
    "The docstring."
    return 1

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

@total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n

print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

class C:
    @functools.cached_property
    def value(self):
        print("computing")
        return 42

c = C()
print(c.value, c.value)
