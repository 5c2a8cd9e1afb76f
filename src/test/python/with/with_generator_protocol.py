class Lock:
    def __init__(self):
        self.held = False
    def __enter__(self):
        assert not self.held, 'already held'
        self.held = True
        return self
    def __exit__(self, *exc):
        self.held = False

lock = Lock()
def worker(n):
    for i in range(n):
        with lock:
            yield i, lock.held
    yield 'done', lock.held
print(list(worker(2)))
g = worker(3)
print(next(g))
g.close()
print('held after close', lock.held)
g = worker(3)
next(g)
try:
    g.throw(ValueError('x'))
except ValueError:
    print('held after throw', lock.held)
