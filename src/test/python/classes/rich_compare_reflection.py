class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f'{self.v}.__lt__({o.v if isinstance(o, V) else o})')
        return NotImplemented if not isinstance(o, V) else self.v < o.v
    def __gt__(self, o):
        print(f'{self.v}.__gt__({o.v if isinstance(o, V) else o})')
        return NotImplemented if not isinstance(o, V) else self.v > o.v
    def __eq__(self, o):
        print(f'{self.v}.__eq__')
        return NotImplemented
class W(V):
    def __lt__(self, o):
        print('W.__lt__ first (subclass)')
        return True
print(V(1) < V(2))
print(V(1) > 5 if False else 'skip')
try:
    V(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(V(1) < W(2))
print(W(1) > V(2))
print(V(1) == V(1), V(1) != V(2))
a = V(3)
print(a == a, a != a)
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v)
