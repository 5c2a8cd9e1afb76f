print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-2 ** 100))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e100), hash(float('inf')), hash(float('-inf')))
print(hash(True), hash(False), hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash(None) == hash(None), hash('') , hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print({1: 'int', 1.0: 'float', True: 'bool'})
print(len({0, 0.0, False, -0.0}), len({1, 2 ** 61 - 1 + 2}))
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 2 ** 100
print(hash(H()))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
class Bad:
    def __hash__(self):
        return 'x'
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)
