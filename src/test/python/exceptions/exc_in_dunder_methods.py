class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise RuntimeError('eq failed')
d = {BadEq(): 1}
try:
    d[BadEq()]
except RuntimeError as e:
    print('dict lookup:', e)
try:
    BadEq() in [BadEq()]
except RuntimeError as e:
    print('list contains:', e)
class BadHash:
    def __hash__(self):
        raise ValueError('hash failed')
try:
    {BadHash(): 1}
except ValueError as e:
    print('dict insert:', e)
try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print('sort key:', e)
class BadInit:
    def __init__(self):
        raise KeyError('init failed')
try:
    BadInit()
except KeyError as e:
    print('init:', repr(e))
class BadIter:
    def __iter__(self):
        raise IndexError('iter failed')
try:
    for x in BadIter():
        pass
except IndexError as e:
    print('iter:', e)
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise OSError('next failed')
try:
    list(BadNext())
except OSError as e:
    print('next:', e)
class BadLen:
    def __len__(self):
        raise TypeError('len failed')
try:
    bool(BadLen())
except TypeError as e:
    print('bool via len:', e)
class BadRepr:
    def __repr__(self):
        raise ValueError('repr failed')
try:
    print([BadRepr()])
except ValueError as e:
    print('repr in list:', e)
try:
    f'{BadRepr()!r}'
except ValueError as e:
    print('f-string:', e)
