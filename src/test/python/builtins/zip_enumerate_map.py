print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip([1, 2], 'ab', (True, False), strict=True)))
for args in [([1, 2, 3], 'ab'), ([1], 'ab'), ([1, 2], 'ab', 'c')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate('ab', start=-1)))
e = enumerate([5, 6])
print(next(e), next(e), next(e, 'done'))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, ['a', 'b'])), list(map(lambda *a: a, 'ab', 'xyz')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 1, range(4))))
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(zip(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))))
try:
    reversed({1: 2}.items())
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
z = zip('ab', [1, 2])
print(dict(z), list(z))
