# Closures, cells, nonlocal, global, lambdas, comprehensions, decorators.
def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

total = 0


def add_global(n):
    global total
    total += n


add_global(5)
add_global(7)
print(total)


def adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]


early, late = adders()
print([f(10) for f in early], [f(10) for f in late])


def decorator(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


@decorator
def mul(a, b=1):
    return a * b


print(mul(3, b=4))
print({k: v for k, v in zip('abc', range(3))}, {x % 3 for x in range(10)}, [y for y in 'hey' if y != 'e'])
print([(i, j) for i in range(3) for j in range(i)])


def outer():
    x = 'outer'

    def middle():
        def inner():
            return x
        return inner
    return middle()()


print(outer())


def unbound():
    print(v)
    v = 1


try:
    unbound()
except UnboundLocalError as e:
    print(e)


def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(e)
    w = 1


free_unbound()
try:
    undefined_name
except NameError as e:
    print(e)
x = 10
del x
try:
    x
except NameError as e:
    print(e)
