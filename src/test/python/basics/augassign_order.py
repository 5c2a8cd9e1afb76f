log = []
class Obj:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append('get v')
        return self._v
    @v.setter
    def v(self, x):
        log.append(f'set v {x}')
        self._v = x
class Box:
    def __init__(self):
        self.d = {'k': 10}
    def __getitem__(self, k):
        log.append(f'getitem {k}')
        return self.d[k]
    def __setitem__(self, k, v):
        log.append(f'setitem {k} {v}')
        self.d[k] = v
def key():
    log.append('key()')
    return 'k'
def target():
    log.append('target()')
    return b
o = Obj()
o.v += 5
b = Box()
target()[key()] *= 3
print(log, o.v, b.d)
x = [1, 2]
y = x
x += [3]
print(x is y, y)
t = (1, 2)
u = t
t += (3,)
print(t is u, u)
s = 'a'
s *= 3
print(s)
lst = [[0]]
try:
    tup = ([1],)
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tup)
