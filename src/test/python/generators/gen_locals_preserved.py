def counter():
    total = 0
    items = []
    while True:
        x = yield total, tuple(items)
        total += x
        items.append(x)
g = counter()
next(g)
for v in (1, 2, 3):
    print(g.send(v))
print(sorted(g.gi_frame.f_locals))
print(g.gi_frame.f_locals['total'])
g.close()
def nested():
    def inner_gen():
        yield from range(2)
    return [list(inner_gen()) for _ in range(2)]
print(nested())
