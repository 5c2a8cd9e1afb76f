class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise ValueError('enter ' + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, repr(v))
        return self.suppress

with CM('a') as a, CM('b') as b, CM('c') as c:
    print('body', a, b, c)

try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        print('not reached')
except ValueError as e:
    print('caught', e)

with CM('outer', suppress=True), CM('inner'):
    raise TypeError('boom')
print('suppressed by outer')

with CM('outer'), CM('inner', suppress=True):
    raise TypeError('boom2')
print('suppressed by inner')

with (CM('p1') as x,
      CM('p2') as y):
    print('parenthesized', x, y)

with CM('t') as (first, *rest):
    print('unpacked', first, rest)

class Holder:
    pass
h = Holder()
d = {}
with CM('attr') as h.value, CM('item') as d['k']:
    pass
print(h.value, d)
