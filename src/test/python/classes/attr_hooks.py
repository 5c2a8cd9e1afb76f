class Tracked:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(('getattr', name))
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'no {name}')
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)

t = Tracked()
print(t.xyz)
t.a = 1
print(t.a)
del t.a
try:
    t.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.zzz
except AttributeError as e:
    print(type(e).__name__, e)
print(t.log)
print(getattr(t, 'missing', 'dflt'), hasattr(t, 'xx'), hasattr(t, 'nope'))

class Everything:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return 'got ' + name
    def __getattr__(self, name):
        return 'fallback ' + name
e = Everything()
print(e.anything, e.secret)

class Plain:
    pass
p = Plain()
try:
    p.missing
except AttributeError as err:
    print(err)
try:
    del p.missing
except AttributeError as err:
    print(err)
try:
    object().x = 1
except AttributeError as err:
    print(err)
