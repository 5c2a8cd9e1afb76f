try:
    class A:
        x = 1
        raise ValueError('in class body')
except ValueError as e:
    print('caught', e)
try:
    A
except NameError as e:
    print(type(e).__name__, e)

class B:
    try:
        y = undefined
    except NameError as e:
        msg = str(e)
    z = 2
print(B.msg, B.z)

class C:
    items = [1, 2]
    try:
        doubled = [i * factor for i in items]
    except NameError as e:
        err = str(e)
    factor = 2
print(C.err)

def make():
    class Local:
        raise KeyError('local class')
try:
    make()
except KeyError as e:
    print('from function', repr(e))

try:
    class D(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(object, object):
        pass
except TypeError as e:
    print(type(e).__name__, e)
