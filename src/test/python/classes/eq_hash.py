class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)

class H(P):
    def __hash__(self):
        return hash(self.x)
print(len({H(1), H(1), H(2)}), H(1) == H(1), H(1) != H(2))
print(H(1) in [H(1)], H(3) in {H(3): 1})

class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain(), hash(a) == hash(a))

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

class NE:
    def __eq__(self, o):
        return 'eq-result'
print(NE() == 1, NE() != 1)
class NotImpl:
    def __eq__(self, o):
        return NotImplemented
print(NotImpl() == NotImpl(), NotImpl() != 1)
class Inherit(H):
    def __eq__(self, o):
        return False
try:
    hash(Inherit(1))
except TypeError as e:
    print('subclass defining __eq__ loses __hash__:', e)
