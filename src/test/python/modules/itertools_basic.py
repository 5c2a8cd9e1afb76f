# itertools: infinite iterators, filtering, grouping, slicing, tee, zip_longest, pairwise.
import itertools as it
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, pairwise)
import operator

c = count()
print(c, next(c), next(c), c)
print(count(5, 2), count(1.5), count(0, 1.0), count(10, -1), count(2**70))
print(list(islice(count(1, 0.5), 4)))
print(list(islice(count(10, -3), 4)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
r = repeat('x', 3)
print(r, r.__length_hint__(), list(r), r, list(repeat(1, -4)))
print(repeat([1], times=2), list(islice(repeat(None), 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4], max, initial=2)), list(accumulate([], initial=9)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])), list(accumulate(iterable=[1, 2], func=operator.sub)))
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(data='abc', selectors=[0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
# A group is over once the groupby moves on.
g = groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, next(g2), list(g2))
g = groupby([1, 1, 2])
k, grp = next(g)
print(next(grp), [k for k, _ in g], list(grp))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice('ab', None)))
print(list(islice('abcdef', None, None, None)), list(islice('abc', 5, 10)), list(islice(count(), 3, 8, 2)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
for args in [('a',), ('a', -1), ('a', 'x'), ('a', -2, 3), ('a', 1, 2, 0), ('a', 1, 2, -1), ('a', 'x', 3),
             ('a', 1, 2, 'z'), ('a', 2**80), ('a', 1, 2, 3, 4)]:
    try:
        print(list(islice(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    islice('a', stop=3)
except TypeError as e:
    print(e)
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [[1, 2], 'ab'])))
a, b = tee(iter([1, 2, 3, 4]))
print(type(a).__name__, next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee('a', 0), len(tee('a')))
t1, t2 = tee(range(5))
t3 = t1.__copy__()
print(next(t1), next(t1), list(t3), list(t1), list(t2))
t4, t5 = tee(t1)
print(t4 is t1, list(t5))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3])), list(zip_longest()))
print(list(zip_longest('a', '', 'bc')), list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
for f in [lambda: cycle(), lambda: cycle(1), lambda: repeat(), lambda: repeat(1, 'a'), lambda: count('a'),
          lambda: count(1, 'a'), lambda: chain(x=1), lambda: chain.from_iterable(),
          lambda: accumulate(), lambda: compress([1]), lambda: dropwhile(len), lambda: takewhile(len, 'a', 'b'),
          lambda: filterfalse(None, 3), lambda: groupby(), lambda: starmap(len), lambda: tee([1], -1),
          lambda: tee(1), lambda: pairwise(1), lambda: zip_longest([1], x=1), lambda: zip_longest(1),
          lambda: list(starmap(len, [1])), lambda: cycle([1], k=2), lambda: list(chain([1], 2))]:
    try:
        f()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(it.count.__name__, it.count, type(chain('a')), iter(c) is c)
print(chain[int])
