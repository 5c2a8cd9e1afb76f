l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-100, -1)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.remove(3)
print(l, l.index(2), l.count(1), l.index(1, 1) if 1 in l[1:] else 'n/a')
l.reverse(); print(l)
l.sort(); print(l, l.copy() is not l)
l.clear(); print(l)
for bad in [lambda: [].pop(), lambda: [1].pop(3), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2, 3].index(1, 1), lambda: [].insert('a', 1), lambda: [1] + (2,), lambda: [1] * 'a']:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2]
a += (3, 4)
a += 'ab'
print(a, a * 2, 2 * [0], [0] * -1, [[]] * 2)
b = [1, 2]
b *= 3
print(b, len(b), 2 in b, [1, [2]] == [1, [2]], [1, 2] < [1, 3])
nested = [[0] * 2] * 2
nested[0][0] = 'shared'
print(nested)
print(list(range(5)), list('abc'), list({'k': 1}), list((1, 2)))
x = [1, 2, 3]
x[1:2] = []
print(x, x.__len__(), x.__getitem__(0), x.__contains__(3))
