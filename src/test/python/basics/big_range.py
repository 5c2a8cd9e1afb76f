# Ranges beyond 64 bits (CPython's longrange path).
r = range(1 << 100, (1 << 100) + 10, 3)
print(r, list(r), r[1], r[-1], (1 << 100) + 3 in r, 5 in r, bool(r), r.start, type(iter(range(1 << 1000))).__name__)
print(list(reversed(r)), bool(range(1 << 70, 1 << 70)))
try:
    len(range(1 << 100))
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(10**18)), range(-5, 5)[-1])
print(r.index((1 << 100) + 6), r.count((1 << 100) + 9), r == range(1 << 100, (1 << 100) + 10, 3), hash(r) == hash(range(1 << 100, (1 << 100) + 10, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(3).index(2))
