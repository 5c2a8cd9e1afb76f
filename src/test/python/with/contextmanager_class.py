import sys
# a generator-based context manager written by hand (contextlib-like)
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(v)
        except StopIteration as e:
            return e is not v
        except BaseException as e:
            if e is v:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def managed(name):
    print('setup', name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled in generator', repr(e))
    finally:
        print('teardown', name)

with GenCM(managed('a')) as v:
    print('using', v)

with GenCM(managed('b')):
    raise KeyError('k')
print('continued after handled KeyError')

try:
    with GenCM(managed('c')):
        raise IndexError('i')
except IndexError as e:
    print('propagated', repr(e))

# exc_info inside __exit__
class Show:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exc_info in exit:', sys.exc_info()[0])
        return True
with Show():
    raise ValueError
with Show():
    pass
print('after', sys.exc_info())
