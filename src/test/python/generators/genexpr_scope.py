# the first iterable is evaluated at once, in the enclosing scope
x = [1, 2, 3]
g = (i * 2 for i in x)
x = [10]
print(list(g))

# later iterables are evaluated lazily
ys = [1]
g = (a + b for a in [100, 200] for b in ys)
ys = [5, 6]
print(list(g))

# errors in the first iterable surface at creation
try:
    g = (i for i in 5)
except TypeError as e:
    print('at creation:', e)

# errors in later iterables surface on iteration
g = (i for j in [1] for i in 7)
print('created')
try:
    next(g)
except TypeError as e:
    print('on next:', e)

# class scope: genexpr can't see class variables except the first iterable
class C:
    n = 3
    vals = list(i for i in range(n))
    try:
        pairs = list(i * n for i in range(2))
    except NameError as e:
        err = str(e)
print(C.vals, C.err)

# exhausted generator expression
g = (c for c in 'ab')
print(list(g), list(g))
print(sum(x * x for x in range(5)), max((len(w), w) for w in ['a', 'ccc', 'bb']))
print(type(g).__name__, g.__name__)
