# _functools: reduce, partial, cmp_to_key (and functools, which re-exports them).
from _functools import reduce, partial, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2, 3], 10), reduce(max, [5], 0))
print(reduce(lambda a, b: a + [b], 'abc', []), reduce(operator.mul, range(1, 6)), reduce(len, [], 'init'))
for f in [lambda: reduce(), lambda: reduce(len), lambda: reduce(len, []), lambda: reduce(len, 1),
          lambda: reduce(len, [], 1, 2), lambda: reduce(len, [], x=1), lambda: partial(), lambda: partial(1),
          lambda: partial(func=len), lambda: cmp_to_key(), lambda: cmp_to_key(len, 1),
          lambda: cmp_to_key(len)(1) < 3, lambda: hash(cmp_to_key(len)(1)), lambda: cmp_to_key(mycmp=len)(1)(),
          lambda: partial(len).func.x, lambda: setattr(partial(len), 'func', 1)]:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

p = partial(len, 'abc', x=1)
print(p, p.func, p.args, p.keywords, type(p))
print(partial(partial(max, 1, key=abs), 2, -5, key=None))
def f(*a, **k):
    return a, k
q = partial(f, 1, a=2)
print(q(), q(2, b=3), q(a=5), q.args, q.keywords)
q.x = 3
print(q.x, q.__dict__, partial(q, 5, a=9).args, partial(q, 5).func is q)
r = partial(f)
r.__dict__ = {'y': 1}
print(r.y, r(1, 2))
s = partial(f, z=1)
s.keywords['w'] = 2
print(s())
rec = partial(f)
rec.keywords['me'] = rec
print(repr(rec).replace(hex(id(f)), 'ADDR'))
print(partial[int])

k = cmp_to_key(lambda a, b: a - b)
print(sorted([3, 1, 2], key=k), type(k(1)), k(1).obj, k(1) == k(1), k(1) < k(2), k(2) >= k(3), k(1) != k(1))
def by_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_len_then_alpha)))
print(max([3, 7, 5], key=cmp_to_key(lambda a, b: b - a)))
w = k(5)
w.obj = 8
print(w.obj, k(obj=4).obj)
print(cmp_to_key(lambda a, b: 'res')(1) < cmp_to_key(lambda a, b: 'res')(2) if False else 'skip')
