class C:
    @property
    def broken(self):
        return self.missing_attr
    def __getattr__(self, name):
        return f'__getattr__({name})'
print(C().broken)
class D:
    @property
    def broken(self):
        raise AttributeError('inner problem')
try:
    D().broken
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(D(), 'broken', 'default used'), hasattr(D(), 'broken'))
class E:
    @property
    def boom(self):
        raise ValueError('not an attribute error')
try:
    hasattr(E(), 'boom')
except ValueError as e:
    print('hasattr propagates', e)
try:
    getattr(E(), 'boom', None)
except ValueError as e:
    print('getattr default propagates', e)
