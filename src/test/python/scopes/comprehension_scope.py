x = 10
print([x for x in range(3)], x)
print({x: x * 2 for x in 'ab'}, x)
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
def nested():
    return [[i * j for j in range(3)] for i in range(3)]
print(nested())
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(10) if i % 2 if i % 3])
def uses_outer_in_condition():
    limit = 3
    return [i for i in range(10) if i < limit]
print(uses_outer_in_condition())
# walrus in comprehension binds in enclosing scope
def walrus():
    vals = [last := i * 2 for i in range(4)]
    return vals, last
print(walrus())
total = 0
print([total := total + i for i in range(5)], total)
# nested function capturing comprehension variable
fs = [lambda: i for i in range(2)]
print([g() for g in fs])
print({frozenset([i]) for i in range(2)} == {frozenset([0]), frozenset([1])})
