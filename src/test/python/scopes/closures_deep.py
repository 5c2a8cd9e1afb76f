def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            def level4():
                return a + b + c
            return level4
        return level3
    return level2
print(level1()()()())

def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(10)(1), add5.__code__.co_freevars)

def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache))

def decorator_with_args(prefix):
    def deco(f):
        def wrapped(*a, **k):
            return prefix + str(f(*a, **k))
        wrapped.__name__ = f.__name__
        return wrapped
    return deco
@decorator_with_args('>> ')
def compute(a, b=2):
    return a * b
print(compute(3), compute(3, b=4), compute.__name__)

def gen_closure():
    total = 0
    def acc(x):
        nonlocal total
        total += x
        return total
    return acc
a = gen_closure()
print([a(i) for i in range(5)])
print(level1.__code__.co_cellvars, level1().__code__.co_freevars)
