class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v, tb is not None)
        return self.suppress

with CM('plain') as c:
    print('body', c.name)

with CM('suppress', True):
    raise ValueError('hidden')
print('after suppressed')

try:
    with CM('nosuppress'):
        raise KeyError('shown')
except KeyError as e:
    print('propagated', repr(e))

# truthy non-bool return suppresses
class Truthy(CM):
    def __exit__(self, *a):
        super().__exit__(*a)
        return 'yes'
with Truthy('truthy'):
    1 / 0
print('truthy suppressed')

class Falsy(CM):
    def __exit__(self, *a):
        super().__exit__(*a)
        return []
try:
    with Falsy('falsy'):
        1 / 0
except ZeroDivisionError:
    print('falsy did not suppress')
