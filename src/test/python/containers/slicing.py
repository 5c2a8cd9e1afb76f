s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-100], s[3:3])
t = tuple(s)
print(t[1:4], t[::-3], 'abcdef'[1:5:2], 'abcdef'[::-1], 'abc'[5:])
s2 = s[:]
s2[2:5] = ['a', 'b']
print(s2)
s2[::2] = range(5)
print(s2)
try:
    s2[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
s3 = [0, 1, 2, 3, 4, 5]
del s3[::2]
print(s3)
s4 = [0, 1, 2, 3, 4, 5]
del s4[1:3]
print(s4)
s4[1:1] = 'xyz'
print(s4)
s4[:] = []
print(s4)
try:
    s[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, s[sl], sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(s[slice(None, None, -2)], range(10)[2:8:2], range(10)[::-1])
class Sliceable:
    def __getitem__(self, k):
        return k
print(Sliceable()[1:2], Sliceable()[::], Sliceable()[1:2, 3], Sliceable()[...])
