# Context managers: __enter__/__exit__, suppression, exceptions in the body and in __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.suppress


with CM('a') as c:
    print('body', c.name)

with CM('outer'), CM('inner') as i:
    print('two managers', i.name)

with CM('suppressing', True):
    raise ValueError('suppressed')
print('after suppression')

try:
    with CM('not suppressing'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))


def ret():
    with CM('ret'):
        return 'returned'


print(ret())

for i in range(3):
    with CM('loop%d' % 0 if False else 'loop'):
        if i == 1:
            continue
        if i == 2:
            break
        print('iteration', i)

try:
    with 42:
        pass
except TypeError as e:
    print(e)
