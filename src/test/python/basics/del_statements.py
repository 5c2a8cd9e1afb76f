a = 1
del a
try:
    a
except NameError as e:
    print(e)
l = list(range(6))
del l[0], l[-1]
print(l)
del l[::2]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
print(d)
class C:
    x = 1
c = C()
c.y = 2
del c.y
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)
del C.x
print(hasattr(C, 'x'))
x, y = 1, 2
del (x, y)
print('x' in globals(), 'y' in globals())
def f():
    v = 1
    del v
    try:
        del v
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
try:
    del [][0]
except IndexError as e:
    print(type(e).__name__, e)
