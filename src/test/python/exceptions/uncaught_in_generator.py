def gen():
    yield 1
    yield 1 / 0

def consume():
    total = 0
    for x in gen():
        total += x
    return total

consume()
