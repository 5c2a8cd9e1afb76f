class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')

try:
    with BadEnter():
        print('not reached')
except RuntimeError as e:
    print('caught', e)

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise KeyError('exit failed')

try:
    with BadExit():
        print('body runs')
except KeyError as e:
    print('caught', repr(e), repr(e.__context__))

try:
    with BadExit():
        raise ValueError('body failed')
except KeyError as e:
    print('caught', repr(e), 'context:', repr(e.__context__))

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __exit__ defined on instance is ignored (looked up on type)
class Inst:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('type exit')
i = Inst()
i.__exit__ = lambda *a: print('instance exit')
with i:
    pass
