class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V' + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, int):
            return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print('radd', o)
        return self + o
    def __iadd__(self, o):
        print('iadd')
        self.c = (self + o).c
        return self
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
    def __call__(self, *a):
        return ('called', a)
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

v = V(1, 2)
print(v + V(3, 4), v + 1, 1 + v, v * 3, 3 * v, -v, abs(v))
w = v
w += 10
print(w, v, w is v)
print(v < V(100, 0), V(100, 0) > v, sorted([V(3), V(1), V(2)]))
print(v[0], v[-1], v[0:1], 12 in v, 99 in v, v(1, 2), v @ V(1, 1))
try:
    v + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' + v
except TypeError as e:
    print(type(e).__name__, e)
try:
    v - v
except TypeError as e:
    print(type(e).__name__, e)
try:
    v <= v
except TypeError as e:
    print(type(e).__name__, e)

class Sub(V):
    def __radd__(self, o):
        return 'Sub.radd wins'
print(V(1) + Sub(1))
class R:
    def __rsub__(self, o):
        return f'rsub {o}'
    def __rpow__(self, o):
        return f'rpow {o}'
    def __rfloordiv__(self, o):
        return 'rfloordiv'
print(5 - R(), 2 ** R(), 7 // R())
class I:
    def __init__(self):
        self.v = []
    def __ior__(self, o):
        self.v.append(o)
        return self
    def __ilshift__(self, o):
        return 'replaced'
x = I()
x |= 1
x |= 2
print(x.v)
x <<= 3
print(x)
