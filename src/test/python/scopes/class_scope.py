x = 'global x'
class C:
    x = 'class x'
    def method(self):
        return x
    y = x
    lam = lambda self: x
    items = [x for _ in range(1)]
print(C().method(), C.y, C().lam(), C.items)

def f():
    x = 'local x'
    class D:
        print('in class body', x)
        x = 'class D x'
        print('after assign', x)
        def m(self):
            return x
    return D
print(f()().m())

def g():
    v = 'enclosing'
    class E:
        v = 'class E v'
        def m(self):
            return v
    return E().m()
print(g())

class F:
    a = 1
    b = a + 1
    def __init__(self):
        self.c = F.a + self.b
print(F().c)

class G:
    __private = 'mangled'
    def get(self):
        return self.__private
print(G().get(), G._G__private, hasattr(G, '__private'))
class Nested:
    class Inner:
        pass
print(Nested.Inner.__qualname__, Nested.Inner.__name__)
def func():
    class Local:
        def m(self):
            pass
    return Local
print(func().__qualname__, func().m.__qualname__)
