# Generator pipelines: chained generators, send(), yield from.
def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def delegate(n):
    yield from numbers(n)
    yield from squares(numbers(n))


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


total = 0
for chunk in chunked(evens(squares(numbers(1500000))), 64):
    total += len(chunk) + chunk[-1] % 97
print(total)
print(sum(delegate(800000)))
acc = accumulator()
next(acc)
for i in range(800000):
    acc.send(i)
print(acc.send(0))
