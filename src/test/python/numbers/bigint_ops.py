a = 2 ** 100
b = 3 ** 50
print(a, b, a + b, a - b, a * b, a // b, a % b, -a // b, -a % b)
print(a ** 3, (a * b) // a == b, a == 2 ** 100, a > b, -a < b)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1 + 1, (2 ** 63) * 2)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 9223372036854775807)
print(abs(-a), divmod(a, 7), divmod(-a, 7), pow(a, 2, 10 ** 9))
print(a.bit_length(), (a - 1).bit_length(), (0).bit_length(), (-1).bit_length())
print(int('1' * 50), int('-' + '9' * 30), str(10 ** 40)[:5], len(str(7 ** 200)))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact)
print(a / b, a / 3, 10 ** 30 / 10 ** 10, 1 / 3)
print(a == float(a), float(a), int(float(2 ** 60)) == 2 ** 60)
x = 12345678901234567890
print(x // -7, x % -7, -x // -7, (-x) % 7)
print(sum(range(10 ** 6)), 2 ** 100 // 2 ** 99)
