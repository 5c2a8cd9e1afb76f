class Guard:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is GeneratorExit:
            raise RuntimeError('cannot close while guarded')

def worker():
    with Guard():
        yield 'working'

w = worker()
print(next(w))
w.close()
