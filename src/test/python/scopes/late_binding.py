fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    i = 'changed'
    return out
print([f() for f in make()])
def make2():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in make2()])
x = 'global'
def reads_global():
    return x
x = 'rebound'
print(reads_global())
def cell_shared():
    a = 1
    def get():
        return a
    def set_(v):
        nonlocal a
        a = v
    return get, set_
g, s = cell_shared()
s(42)
print(g(), g.__closure__[0].cell_contents)
print(reads_global.__closure__)
