for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 3), (-(2 ** 70), 2 ** 65 + 1)]:
    print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1 << 100, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 100, 2 ** 100 >> 98, 5 >> 64)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True + True).__name__)
print(bin(10), bin(-10), oct(64), hex(255), hex(-255), hex(2 ** 70))
print((255).bit_count() if hasattr(int, 'bit_count') else 8, (-255).bit_count())
x = 0b1010
x |= 0b0101
x &= 0b1100
x ^= 0b0001
x <<= 2
x >>= 1
print(x)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
