# Big ints: formatting, conversions, bit ops, division signs, str-digit limits.
n = 2 ** 200 + 12345
m = -(3 ** 150)
print(n, m, hex(n), oct(m), bin(2 ** 70))
print(f"{n:,}", f"{m:_}", f"{n:x}", f"{n:>90}", f"{m:+.3e}", format(n, "_b")[:40])
print(n // 7, n % 7, m // 7, m % 7, divmod(m, -13), -m // -13)
print(n.bit_length(), m.bit_length(), (n).bit_count(), (-1 << 100) >> 98, ~m > 0, n & m, n | 1 << 300 == 2 ** 300 | n, n ^ n)
print(int("1" * 50), int("-0x" + "f" * 30, 16), int("z" * 10, 36), int("  +1_000_000  "))
print(n.to_bytes(30, "big")[:5], int.from_bytes(b"\xff" * 20, "little", signed=True), (2 ** 64).to_bytes(9, "little"))
for bad in [lambda: n.to_bytes(2, "big"), lambda: (-1).to_bytes(1, "big"), lambda: int("1_", 10), lambda: int("12", 1),
            lambda: float(10 ** 400), lambda: 10 ** 400 / 1, lambda: 2 ** -1 * 0, lambda: pow(2, -1, 4), lambda: 1 << -1]:
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(3, 10 ** 20, 10 ** 9 + 7), pow(3, -1, 7), round(n, -60), round(m, -3) % 1000, abs(m) == -m)
