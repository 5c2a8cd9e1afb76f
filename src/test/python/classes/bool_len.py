class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(L(0)), bool(L(3)), bool(B(True)), bool(B(False)), bool(Both()))
print('yes' if L(2) else 'no', not L(0))
for bad in (L(-1), B(1), B('x')):
    try:
        print(bool(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 100
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return '3'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(object()), bool(None), bool(0.0), bool(''), bool([]), bool([0]))
while L(0):
    print('never')
print(L(3) and 'and', L(0) or 'or')
