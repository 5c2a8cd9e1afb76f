def numbers(n):
    for i in range(n):
        yield i

def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x

def squares(seq):
    for x in seq:
        yield x * x

print(list(squares(evens(numbers(10)))))

def take(n, seq):
    for i, x in enumerate(seq):
        if i >= n:
            return
        yield x

def count_forever():
    i = 0
    while True:
        yield i
        i += 1

print(list(take(5, count_forever())))

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print('total', e.value)

# generator in a dict/zip/map
print(dict(zip(numbers(3), 'abc')))
print(list(map(lambda x: -x, numbers(3))))
print(sorted(numbers(4), reverse=True))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
