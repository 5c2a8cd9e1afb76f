def gen():
    for i in range(5):
        try:
            yield i
            if i == 2:
                break
        finally:
            print('finally', i)
    yield 'after loop'
print(list(gen()))
def gen2():
    try:
        for i in range(3):
            try:
                yield i
            except ValueError:
                print('caught at', i)
                continue
    finally:
        print('outer finally')
g = gen2()
print(next(g), g.throw(ValueError), g.throw(ValueError))
print(next(g, 'end'))
def gen3():
    while True:
        try:
            v = yield
        except KeyError:
            return 'key error ends it'
        print('got', v)
g = gen3()
next(g)
g.send(1)
try:
    g.throw(KeyError)
except StopIteration as e:
    print(e.value)
