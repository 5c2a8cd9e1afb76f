# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1], repeat=2)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('AB', 3)), list(permutations([], 0)), list(permutations('ab', 0)))
print(list(permutations(iterable='xyz', r=1)), len(list(permutations(range(5)))))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([1, 2], 3)), list(combinations_with_replacement('', 2)),
      list(combinations_with_replacement('', 0)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
# The inputs are read up front.
def gen():
    print('reading')
    yield 1
    yield 2
p = product(gen(), 'a')
print('made', list(p))
c = combinations(gen(), 1)
print('made', next(c))
for f in [lambda: product('a', x=2), lambda: product('a', repeat=-1), lambda: product(1),
          lambda: permutations('a', 'b'), lambda: permutations('a', -1), lambda: permutations(),
          lambda: combinations('a'), lambda: combinations('a', 'b'), lambda: combinations('a', -1),
          lambda: combinations_with_replacement('a', -2), lambda: combinations_with_replacement(5, 1)]:
    try:
        f()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(product, permutations, combinations, combinations_with_replacement)
