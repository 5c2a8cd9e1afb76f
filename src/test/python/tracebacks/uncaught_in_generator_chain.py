# Uncaught exception raised in a generator pipeline: frames of each stage appear.
def source():
    yield 1
    yield 0

def invert(it):
    for x in it:
        yield 1 / x

def consume(it):
    return [v for v in it]

consume(invert(source()))
