# _collections.deque: operations, maxlen, indexing, operators, comparisons, iteration, errors.
from _collections import deque, _count_elements

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d, d.maxlen, bool(d), bool(deque()))
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(10)
print(d)
d.reverse()
print(d, d.count(1), d.count('zz'), d.index(2), d.index('b', 1), d.index(8, -5, -1))
d.insert(1, 'ins')
d.insert(-100, 'first')
d.insert(100, 'last')
print(d)
d.remove('ins')
print(d, d[0], d[-1], d[3])
d[0] = 'F'
d[-1] = 'L'
del d[1]
del d[-2]
print(d, 'F' in d, 'zz' in d)
print(deque(), deque('abc', 2), deque(maxlen=0), deque(range(10), maxlen=3))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extendleft([10, 11])
print(m)
e = deque(maxlen=0)
e.append(1)
e.extend([1, 2])
print(e, len(e))
c = d.copy()
c.append('new')
print(c, d, c == d, c != d, d.__copy__() == d)
a = deque([1, 2])
b = deque([1, 3])
print(a < b, a <= b, a > b, a >= b, a == deque([1, 2]), a == [1, 2], deque([1]) < deque([1, 0]))
print(a + b, a * 3, 2 * a, a * 0, a * -1)
a += 'xy'
print(a)
a *= 2
print(a)
z = deque([1, 2, 3], maxlen=4)
z *= 3
print(z)
z += [7, 8, 9]
print(z)
r = deque([1, 2])
r.extend(r)
print(r)
r.extendleft(r)
print(r)
r.append(r)
print(r)
print(list(reversed(deque('abc'))), list(iter(deque('abc'))), type(iter(d)).__name__, type(reversed(d)).__name__)
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__())
d = deque([1, 2, 3])
d.__init__('xy', 5)
print(d, d.maxlen)
print(deque[int], deque.__module__, deque.__name__)
red = deque([1, 2], 5).__reduce__()
print(red[0], red[1], red[2], list(red[3]))
print(deque([1]).__reduce__()[1])

for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])[-2],
          lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1], 1).insert(0, 1),
          lambda: deque([], -1), lambda: deque([], 'a'), lambda: deque([1]) + [1], lambda: deque([1])['a'],
          lambda: deque([1])[1:2], lambda: hash(deque()), lambda: deque([1]) < [1], lambda: deque(1),
          lambda: deque([1], 2, 3), lambda: deque(x=1), lambda: deque([1]).index(1, 'a'),
          lambda: deque([1]).rotate('a'), lambda: deque([1]).__setitem__(3, 1), lambda: deque([1]).__delitem__(3),
          lambda: deque([1]) * 'a', lambda: deque([1]).append(), lambda: deque([1]).pop(0),
          lambda: deque([1, 2]).index(2, 0, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class E:
    def __eq__(self, o):
        d.append(1)
        return False
for op in ['d.remove(3)', 'd.count(3)', 'd.index(3)', '3 in d']:
    d = deque([E(), 2])
    try:
        print(eval(op))
    except Exception as e:
        print(op, type(e).__name__, e)
for op in ['d.rotate(1)', 'd.reverse()', 'd[0] = 9', 'del d[0]', 'd.insert(0, 1)', 'd.remove(1)', 'd.clear()',
           'd.extend([])', 'd += [5]', 'd *= 1', 'd *= 2', 'd.__init__([1])', 'd.count(1)', 'd.copy()',
           'd.append(0)', 'd.pop()', 'd.rotate(0)', 'd.rotate(3)']:
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    exec(op)
    try:
        print(op, next(it))
    except RuntimeError as e:
        print(op, 'RuntimeError', e)

counts = {}
_count_elements(counts, 'abracadabra')
print(counts)
class M:
    def __init__(self):
        self.d = {}
    def get(self, k, default):
        return self.d.get(k, default)
    def __setitem__(self, k, v):
        self.d[k] = v * 10
mm = M()
_count_elements(mm, 'aab')
print(mm.d)
try:
    _count_elements({}, [[]])
except TypeError as e:
    print(e)
