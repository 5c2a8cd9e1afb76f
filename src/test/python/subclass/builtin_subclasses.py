# Python subclasses of builtin types
class MyList(list):
    def total(self):
        return sum(self)
    def __getitem__(self, i):
        return 'item%s' % (list.__getitem__(self, i),)
l = MyList([1, 2, 3])
l.append(4)
l.tag = 'x'
print(l, len(l), l.total(), l[0], type(l).__name__, isinstance(l, list), l.tag, l + [5], type(l + [5]).__name__, list(l))

class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hi')
print(s, repr(s), s.shout(), s + 'x', type(s + 'x').__name__, len(s), s == 'hi', hash(s) == hash('hi'), {s: 1}['hi'], str(s), type(str(s)).__name__)
print(f'{s:>5}', '%s' % s, s[0], type(s[0]).__name__, s.startswith('h'), isinstance(s, str), MyStr(5), MyStr(b'ab', 'ascii'))

class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % self
    def double(self):
        return self * 2
i = MyInt(21)
print(i, repr(i), i.double(), i + 1, type(i + 1).__name__, i == 21, i < 22, hash(i), -i, abs(MyInt(-3)), int(i), type(int(i)).__name__, MyInt('ff', 16))
print(format(i, 'x'), '%d' % i, [10, 20, 30][MyInt(1)], bool(MyInt(0)), MyInt(), str(i))

class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__)

class MyFloat(float):
    pass
f = MyFloat(2.5)
print(f, f * 2, type(f * 2).__name__, f == 2.5, f > 2, round(f), repr(f), MyFloat('1e3'))

class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d, len(d), type(d).__name__, isinstance(d, dict))

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for w in 'abcab':
    c[w] += 1
print(c, sorted(c.items()))

class T(tuple):
    def first(self):
        return self[0]
t = T((1, 2))
print(t, t.first(), len(t), t + (3,), type(t + (3,)).__name__, hash(t) == hash((1, 2)), T())

class S(set):
    pass
ss = S([3, 1, 2])
print(sorted(ss), len(ss), 2 in ss, type(ss).__name__)

class FS(frozenset):
    pass
print(sorted(FS('ab')), type(FS()).__name__)

class B(bytes):
    pass
print(B(b'xy'), B([65]), type(B(b'')).__name__, B(b'ab')[0], B(b'ab').upper(), type(B(b'ab').upper()).__name__)

class C(complex):
    pass
print(C(1, 2), C(1, 2) * 2, type(C(1, 2)).__name__)

class Both(list):
    def __len__(self):
        return 99
print(len(Both()), bool(Both()))

for bases in [(list, dict), (int, str)]:
    try:
        type('X', bases, {})
    except TypeError as e:
        print(e)
try:
    class NoBool(bool):
        pass
except TypeError as e:
    print(e)
print((-8) ** (1 / 3))
