def broken():
    yield 'first'
    raise StopIteration('oops')

for x in broken():
    print(x)
