import sys
class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.seen = (t, v, sys.exc_info()[0])
        return True

r = Recorder()
with r:
    pass
print(r.seen)
with r:
    raise KeyError('k')
print(r.seen[0].__name__, repr(r.seen[1]), r.seen[2])
try:
    raise ValueError('outer')
except ValueError:
    with r:
        pass
    print(r.seen)
    with r:
        raise TypeError('inner')
    print(r.seen[0].__name__, r.seen[2].__name__, sys.exc_info()[0].__name__)
