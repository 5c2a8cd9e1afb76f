def chain(cause):
    try:
        try:
            raise ValueError('inner')
        except ValueError as e:
            raise KeyError('outer') from cause(e) if callable(cause) else cause
    except KeyError as k:
        return k

k = chain(lambda e: e)
print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__)
k = chain(None)
print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__)
k = chain(lambda e: TypeError('other'))
print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__)
# from a class: instantiated
k = chain(IndexError)
print(repr(k.__cause__), type(k.__cause__).__name__)

# bad cause
try:
    raise ValueError from 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from int
except TypeError as e:
    print(type(e).__name__, e)

# setting attributes by hand
e = ValueError('x')
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('c')
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 'no'
except TypeError as err:
    print(type(err).__name__, err)
e.__cause__ = None
print(e.__cause__)

# context cycle is broken
a = ValueError('a')
b = KeyError('b')
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except KeyError:
            raise a
except ValueError as got:
    print(got is a, repr(got.__context__), repr(got.__context__.__context__))
