r = range(0, 10, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], r[::-1], 9 in r, 10 in r, 3.0 in r)
print(r.index(6), r.count(6), r.count(7), r.count(6.0), range(5).index(True))
for bad in [lambda: r.index(7), lambda: r.index('x'), lambda: r[10], lambda: range(1, 2, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 2) == range(1, 5, 10), range(0, 4, 2) == range(0, 3, 2))
print(range(3) != range(4), hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 9, 50)))
print(range(-5, 5, 2)[2:], range(10)[-3:], list(range(10, 0, -4)), r.start, r.stop, r.step)
s = slice(1, 5)
print(s == slice(1, 5), s == slice(1, 5, None), s != slice(1, 6), slice(1, 2) < slice(1, 3))
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {s: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(slice(3).start, slice(3).stop, slice(1, 2, 3).step, slice(None, None, -1).indices(5))
