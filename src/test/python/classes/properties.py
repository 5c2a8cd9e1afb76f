class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        'the temperature'
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def readonly(self):
        return 'ro'

t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    t.readonly = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.readonly
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel)
class Computed:
    area = property(lambda self: self.w * self.h)
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Computed(3, 4).area)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return 'sub ' + str(self._c)
s = Sub()
s.celsius = 3
print(s.celsius)
