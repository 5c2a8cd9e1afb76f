a = [1, 2]
b = (3,)
print([*a, *b, 4], (*a, *b), {*a, *b}, {**{'x': 1}, 'y': 2, **{'x': 3}})
print([*range(3), *'ab', *{'k': 1}], [*[], *()])
first, *middle, last = *a, *b, 5
print(first, middle, last)
def f(*args, **kw):
    return args, kw
print(f(*a, *b, **{'z': 0}))
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(*[1, 2], sep='|')
print({**dict(a=1), **dict(b=2)}, dict(**{'c': 3}))
