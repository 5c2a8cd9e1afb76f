t = (1, 2, 3)
a, b, c = t
print(a, b, c, t.count(2), t.index(3), t + (4,), t * 2, (1,) * 0, () == tuple(), (1) == 1, (1,) == 1)
first, *rest = [1, 2, 3, 4]
*init, last = 'abcd'
x, *mid, y = range(5)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (j, k) in enumerate([('a', 'b'), ('c', 'd')]):
    print(i, j, k)
for bad in [lambda: exec('a, b = [1]'), lambda: exec('a, b = [1, 2, 3]'), lambda: exec('a, b = 1'),
            lambda: exec('a, *b, c = [1]'), lambda: exec('a, b = "xyz"'), lambda: exec('(a, b), c = 1, 2')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a, b = b, a
print(a, b)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 'x'
print(i, l)
print(tuple([1, 2]), tuple('ab'), tuple({1: 2}), hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 2, 0))
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
print(((1, 2), (3,)), len(((),)), (1, 2, 3)[1:], type(()).__name__)
