def f(n, acc=None):
    if acc is None:
        acc = []
    if n:
        acc.append(n)
        return f(n - 1, acc)
    return acc
print(f(5), f(2))
def kwonly_defaults(*, a=1, b=a if False else 2):
    return a, b
print(kwonly_defaults(), kwonly_defaults(b=5))
def star_only(*args):
    return args
print(star_only(), star_only(*[]), star_only(*[1], *[2]))
def kw_only_star(**kw):
    return sorted(kw.items())
print(kw_only_star(**{'z': 1}, a=2))
try:
    kw_only_star(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
