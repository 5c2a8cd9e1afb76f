a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} <= b, {3} < b, b >= {4}, a.isdisjoint({9}))
print(a.union([9], (8,)), a.intersection(range(3)), a.difference([1], [2]), a.symmetric_difference([1, 10]))
c = set(a)
c.add(10); c.discard(99); c.discard(1); c.remove(2)
print(c, c.pop() in {3, 4, 10}, len(c))
try:
    c.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
c.update([7, 8], {9})
c.intersection_update(range(8, 20))
print(c)
c.difference_update({9})
c.symmetric_difference_update({8, 100})
print(c)
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, fs == {1, 2}, hash(fs) == hash(frozenset([2, 1])))
try:
    fs.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
print(set('hello') == {'h', 'e', 'l', 'o'}, set(), frozenset(), {1, 2} == frozenset({1, 2}), len({1, 1.0, True}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted({'b', 'a', 'c'}), sorted(set(range(20)) - set(range(0, 20, 3))))
