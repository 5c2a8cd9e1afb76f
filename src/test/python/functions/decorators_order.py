def tag(name):
    print('make', name)
    def deco(f):
        print('apply', name)
        def wrapper(*a, **k):
            return f'<{name}>' + f(*a, **k) + f'</{name}>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def text(s):
    return s
print(text('hi'))
def register(cls):
    cls.registered = True
    return cls
@register
class K:
    pass
print(K.registered)
def replace_with_value(f):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
@(lambda f: f)
def ident():
    return 'ident'
print(ident())
calls = []
class Trace:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        calls.append(a)
        return self.f(*a)
@Trace
def add(x, y):
    return x + y
print(add(1, 2), add(3, 4), calls, type(add).__name__)
