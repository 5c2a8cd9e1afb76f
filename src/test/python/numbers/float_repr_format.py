# Float repr/str shortest round-trip, rounding modes of formatting, hex, and conversions.
vals = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e23, 1e-7, 123456789012345678.0, 5e-324, 1.7976931348623157e308,
        -0.0, 0.5, 1.5, 2.675, 100.0, 1e16, 9007199254740993.0, float("inf"), -float("inf")]
for v in vals:
    print(repr(v), str(v), f"{v:.2f}", f"{v:g}", f"{v:.17g}", round(v, 2) if v == v and abs(v) != float("inf") else "-")
print(float.hex(1.0), (0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), (-0.0).hex())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print(float("  1e3 "), float("-inf"), float("nan") != float("nan"), float("1_0.5"), float("0x10".replace("0x", "")))
for bad in ["abc", "1e", "", "1__0", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: int(float("nan")),
            lambda: int(float("inf")), lambda: round(float("inf")), lambda: 1e308 * 10 ** 10, lambda: 2.0 ** 10000, lambda: 0.0 ** -1]:
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234.5, -1), round(1e300, -299))
print(int(1e20), int(-2.9), 7.0 // 2, -7.0 // 2, 7.0 % -3, -7.5 % 2, divmod(-7.5, 2), 2 ** 0.5, (-8) ** (1 / 3))
