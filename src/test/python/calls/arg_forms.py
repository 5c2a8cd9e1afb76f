def show(*args, **kwargs):
    return args, kwargs
print(show())
print(show(1, 2, *[3, 4], 5, *(6,)))
print(show(a=1, **{'b': 2}, c=3, **{'d': 4}))
print(show(*'ab', *{}, **{}))
def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4, e=6, f=7))
print(full(*[1, 2, 3], **{'d': 'D', 'z': 'Z'}))
def defaults(x=[]):
    x.append(len(x))
    return x
print(defaults(), defaults(), defaults([9]))
print(full.__defaults__, full.__kwdefaults__)
print(full.__code__.co_argcount, full.__code__.co_posonlyargcount, full.__code__.co_kwonlyargcount)
print(full.__code__.co_varnames)
# evaluation order of arguments
def v(x):
    print('eval', x)
    return x
show(v(1), v(2), k=v(3), *[v(4)], **{'z': v(5)})
# keyword argument named like builtins
print(show(print=1, len=2))
# unpacking generator
print(show(*(i for i in range(3))))
