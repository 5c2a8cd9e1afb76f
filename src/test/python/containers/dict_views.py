d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
d['d'] = 4
print(k, v, i, len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}), sorted(i - {('a', 1)}), sorted({'q'} | k), sorted({'a', 'q'} & k))
print(k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'}, list(reversed(k)), list(reversed(i)))
del d['b']
print(list(k), list(v))
try:
    for x in k:
        del d[x]
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__)
e = {}
print(list(e.keys()), list(e.items()), e.keys() == set())
print({1: 2}.values() == {1: 2}.values())
