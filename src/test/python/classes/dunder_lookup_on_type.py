class C:
    def __len__(self):
        return 3
c = C()
c.__len__ = lambda: 100
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__add__ = lambda o: 'instance add'
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
D.__add__ = lambda self, o: 'class add'
print(d + 1)
D.__repr__ = lambda self: 'D!'
print(repr(d), str(d), [d])
D.__eq__ = lambda self, o: True
print(d == 5, D() == None)
class E:
    __iter__ = None
try:
    iter(E())
except TypeError as e:
    print(type(e).__name__, e)
class F:
    __hash__ = None
    __contains__ = None
try:
    1 in F()
except TypeError as e:
    print(type(e).__name__, e)
