# A context cycle made by hand must not loop forever when printed.
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError:
    pass
print(b.__context__ is a, a.__context__)
a.__context__ = b
print(a.__context__ is b)
raise a
