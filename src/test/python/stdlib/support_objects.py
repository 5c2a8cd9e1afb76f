# Object-model pieces the stdlib imports rely on.
import _weakref as weakref
from types import GenericAlias


class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v)


class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return D()

    def __new__(mcls, name, bases, ns, *, flag=None, **kw):
        print("M.__new__", name, flag)
        return super().__new__(mcls, name, bases, ns, **kw)


class A(metaclass=M):
    X = 1
    Y: int = 2


B = type("B", (A,), {}, flag="via type()")
print(type(B).__name__, B.X)


class A2:
    pass


print(A2.__doc__, A2().__doc__, None.__doc__, "__doc__" in A2.__dict__)


class G(GenericAlias):
    def __repr__(self):
        return "G:" + super().__repr__()


g = G(list, (int,))
print(g, g.__origin__, g.__args__, type(g).__name__)


class P:
    def __init__(self, a):
        self.a = a


p = P([1, 2])
print(p.__reduce_ex__(2)[1:3] == ((P,), {"a": [1, 2]}))


class Node:
    pass


n = Node()
n.val = 5
px = weakref.proxy(n)
print(px.val, type(px).__name__)
px.val = 6
print(n.val)
try:
    hash(px)
except TypeError as e:
    print("TypeError:", e)
