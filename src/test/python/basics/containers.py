# list, tuple, dict, set, str, range, slices: operations, methods, reprs and errors.
l = [3, 1, 2]
l.append(5)
l.extend((7, 8))
l.insert(0, 0)
print(l, len(l), l[0], l[-1], l[1:3], l[::-1], l[::2], 2 in l, 9 not in l)
l[1:3] = ['a', 'b', 'c']
del l[0]
print(l, l.pop(), l.pop(0), l.index('c'), l.count('b'))
l.sort(key=str)
print(l)
l2 = [5, 2, 8, 1]
l2.sort()
l2.reverse()
print(l2, l2 * 2, [0] * 3, l2 + [9], sorted('hello'))
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
t = (1, 'two', 3.0)
print(t, t[1], t[-1:], (1,), (), t + (4,), t * 2, t.index('two'), len(t), hash((1, 2)) == hash((1, 2)))
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
del d['b']
print(d, len(d), 'a' in d, d.get('z'), d.get('z', 0), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop('a'), d.setdefault('n', []), d, {**d, 'q': 1}, dict(a=1, b=2), dict([('x', 1)]), dict.fromkeys('ab', 0))
d.update({'m': 1}, k=2)
print(d, d.popitem(), d.copy() == d, {1: 'a'} == {1: 'a'}, {1: 2} | {3: 4})
s = {3, 1, 2, 3}
s.add(10)
s.discard(1)
print(s, len(s), 2 in s, s | {100}, s & {2, 3, 4}, s - {2}, s ^ {3, 99}, {1, 2} <= {1, 2, 3}, set(), frozenset([1, 2]))
print(set('abcab') == set('abc'), sorted({-5, 5, 0, 17, 33}), {(1, 2), (1, 2)})
# (A constant set literal is a frozenset constant: with CPython's compiler its items keep source
# order, but marshal sorts them, which can change a colliding set's order; so -1/-2 go via a list.)
print({100, 1, 10, 1000, 2, 20}, set([-1, -2, 7]), set(range(20, 0, -3)), set([7, 15, 23]) | {31})
s = 'Hello, World'
print(s.upper(), s.lower(), s.split(', '), s.replace('l', 'L'), s.find('o'), s.rfind('o'), s.startswith('He'),
      s[7:], s[-5:-1], s[::-1], len(s), s.count('l'), 'World' in s)
print(' x y  z '.split(), '  pad  '.strip(), 'a-b-c'.split('-', 1), 'a,b,,c'.split(','), '-'.join(['1', '2', '3']))
print('abc'.center(9, '*'), 'abc'.ljust(5) + '|', 'abc'.rjust(5), '42'.zfill(5), '-3'.zfill(4), 'ab'.title(),
      'hello world'.capitalize(), 'AbC'.swapcase(), 'x=1'.partition('='), 'line1\nline2\r\nline3'.splitlines())
print('{} and {}'.format('a', 'b'), '{1}{0}'.format('x', 'y'), '{name}!'.format(name='hi'), '{0!r}'.format('q'),
      '{{literal}}'.format(), '{0[1]}'.format([5, 6]))
print(f'{1 + 1} {"nested"!r} {[1, 2]}', 'abc' * 2, 'é' + 'ü', len('naïve'), ord('A'), chr(9731), 'ab' < 'b')
print(str(123), str(1.5), str(None), str(True), repr('it\'s'), repr("q\"q"), repr('\n\t'), ascii('é'))
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], 8 in r, 9 in r, list(range(5, 0, -2)), range(3)[1:], list(reversed(range(3))))
print(slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], slice(3).indices(10))
for bad in (lambda: [][1], lambda: ()[0], lambda: ''[5], lambda: {}['k'], lambda: [1].index(2), lambda: {}.pop(1),
            lambda: [].pop(), lambda: set().pop(), lambda: 'abc'.index('z'), lambda: [1, 2]['x'], lambda: (1, 2)[1.5],
            lambda: {[]: 1}, lambda: len(5), lambda: iter(5), lambda: 5[0], lambda: 5(), lambda: (1,)[0] == 1 and
            (1, 2).count(1) and None.foo, lambda: int('1.5'), lambda: float('x')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
nested = [1, [2, [3]]]
nested[1][1].append(nested)
print(nested)
dd = {}
dd['self'] = dd
print(dd)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [] == (), 1 in {1: 0}, all([]), any([0, 1]))
print(list('abc'), tuple([1, 2]), list({'x': 1}), list(map(str, [1, 2])), ''.join(reversed('abc')))
print(isinstance([], list), isinstance((), (list, tuple)), type({}).__name__, type(range(1)) is range)
