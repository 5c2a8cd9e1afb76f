# str.format and format_map: field names, conversions, nested specs, escapes, errors
class P:
    x = 3
    def __repr__(self):
        return 'P()'
print('{} {} {}'.format(1, 'a', 2.5), '{1}{0}{1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0.x} {0!r} {0!s:>6} {1[k]} {2[1]} {{}} {{{0.x}}}'.format(P(), {'k': 'v'}, [7, 8]))
print('{:{w}.{p}f}|{:>{w}}|{!a}'.format(3.14159, 'é', 'ü', w=8, p=2))
print('{a[0]}{a[1]}'.format(a='xy'), '{0:,}'.format(10**9), '{:%}'.format(0.5), '{0:^{1}}'.format('c', 5))
print('{name} is {age}'.format_map({'name': 'Bo', 'age': 3}))
for fmt, args, kw in [('{', (), {}), ('}', (), {}), ('{0', (), {}), ('{}{0}', (1, 2), {}), ('{0}{}', (1, 2), {}),
                      ('{2}', (1,), {}), ('{x}', (), {}), ('{0!z}', (1,), {}), ('{0!}', (1,), {}), ('{0[}', ([1],), {}),
                      ('{:d}', ('s',), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{!r:}', ('q',), {}), ('{0.}', (1,), {}),
                      ('{0[0]x}', ([1],), {}), ('{a.b}', (), {'a': 1})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    '{0}'.format_map({})
except ValueError as e:
    print(e)
