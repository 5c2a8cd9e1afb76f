d = {'b': 1, 'a': 2}
d['c'] = 3
print(d, list(d), d.keys(), d.values(), d.items())
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('e', 5), d)
print(d.pop('e'), d.pop('zz', 'dflt'), d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(zip('ab', [1, 2])), dict(a=1, b=2), dict([(1, 2)]))
d2 = d.copy()
d2['new'] = 1
print('new' in d, 'new' in d2, len(d2))
d.clear()
print(d, bool(d))
try:
    {}['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
m = {'a': 1} | {'b': 2, 'a': 3}
print(m)
m |= {'c': 4}
print(m, {1: 2} == {1: 2}, {1: 2} != {1: 3})
dd = {1: 'a'}
for k in list(dd):
    dd[k + 1] = 'b'
print(dd)
try:
    for k in dd:
        dd[k * 10] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
order = {}
order['z'] = 1; order['a'] = 2; order['m'] = 3
del order['a']
order['a'] = 4
print(list(order.items()))
