cases = [('42',), ('  -17  ',), ('+5',), ('1_000_000',), ('0x1f', 16), ('1f', 16), ('0o17', 0), ('0b101', 0),
         ('0x1F', 0), ('z', 36), ('Z', 36), ('10', 2), ('777', 8), ('0', 0), ('00', 0), ('010', 0),
         ('', ), ('abc',), ('1.5',), ('1__0',), ('_1',), ('12', 2), ('0x', 16), (' ', ), ('1e3',), ('١٢٣',)]
for c in cases:
    try:
        print(repr(c), int(*c))
    except ValueError as e:
        print(repr(c), type(e).__name__, e)
for bad in [(1, 2), ('1', 1), ('1', 37), ('1', -1)]:
    try:
        print(int(*bad))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
print(int(3.9), int(-3.9), int(True), int(), int(1e20), int('  12\n'))
for f in [float('inf'), float('nan')]:
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class WithIndex:
    def __index__(self):
        return 7
class WithInt:
    def __int__(self):
        return 8
class WithTrunc:
    def __trunc__(self):
        return 9
print(int(WithInt()), [0, 1, 2, 3, 4, 5, 6, 7][WithIndex()], int(WithIndex()))
try:
    int([])
except TypeError as e:
    print(type(e).__name__, e)
