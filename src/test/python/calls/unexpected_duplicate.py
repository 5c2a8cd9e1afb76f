def t(call):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
def f(a, b=1):
    return a, b
t(lambda: f(1, c=2))
t(lambda: f(1, a=2))
t(lambda: f(1, **{'a': 2}))
t(lambda: f(**{'a': 1}, **{'a': 2}))
t(lambda: f(1, **{1: 2}))
t(lambda: f(*5))
t(lambda: f(**5))
t(lambda: f(1, **{'b': 2, 'zz': 3}))
def kw(**kwargs):
    return kwargs
print(kw(a=1, **{'b': 2}))
t(lambda: kw(a=1, **{'a': 2}))
t(lambda: dict(a=1, **{'a': 2}))
def posonly(a, b, /, c):
    return a, b, c
t(lambda: posonly(1, 2, 3))
t(lambda: posonly(1, b=2, c=3))
t(lambda: posonly(a=1, b=2, c=3))
def po_kwargs(a, /, **kw):
    return a, kw
t(lambda: po_kwargs(1, a=2))
