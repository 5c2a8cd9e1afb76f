# int, float and bool arithmetic, big ints, comparisons, and their error messages.
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(10 ** 30, -(10 ** 30) // 7, (10 ** 30) % 7, 2 ** 64 - 1, -2 ** 63)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(1.5 + 2, 0.1 + 0.2, 1e300 * 10, -1e-300 / 1e10, 7.5 // 2, -7.5 % 2, 2.0 ** 0.5)
print(True + True, True * 3, -True, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, (1 << 70) >> 68, -1 >> 5)
print(1 < 2, 2 <= 1, 3 == 3.0, 1 != 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 > 0)
print(1 < 2 < 3, 3 > 2 > 2, 'a' < 'b', 'abc' < 'abd', [1, 2] < [1, 3], (1, 2) == (1, 2))
print(divmod(17, 5), divmod(-17, 5), abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2))
print(int('42'), int(' -7 '), int('ff', 16), int('0b101', 0), int(3.99), float('1.5'), float(3))
print(hex(255), oct(8), bin(5), hex(-255))
print(min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3]), sum([0.5, 0.25], 1))
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
x %= 10
print(x)
print(hash(1), hash(-1), hash(2 ** 61), hash(1.5), hash(-2.0), hash(True))
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)


check(lambda: 1 + "a")
check(lambda: "a" + 1)
check(lambda: [1] + (1,))
check(lambda: 1 / 0)
check(lambda: 1 // 0)
check(lambda: 1 % 0)
check(lambda: 1.0 / 0)
check(lambda: "a" * "b")
check(lambda: 1 < "a")
check(lambda: int("x"))
check(lambda: -"a")
check(lambda: 2 ** "x")
y = 1
try:
    y **= "x"
except TypeError as e:
    print(e)
print(7 .bit_length(), (255).bit_length(), 1.0.is_integer())
