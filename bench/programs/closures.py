# Closures: counters, adders, composed functions, nonlocal updates.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


counter = make_counter()
for i in range(1000000):
    counter()
print(counter(0))
adders = [make_adder(i) for i in range(100)]
total = 0
for i in range(10000):
    for a in adders:
        total = a(total) % 1000003
print(total)
f = make_adder(1)
for i in range(20):
    f = compose(f, make_adder(i))
print(sum(f(x) for x in range(100000)))
