print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e-7, 123456789.123, 1e22, 1e-5, 0.0001)
print(float('1.5'), float('  -2.5e3 '), float('inf'), float('-Infinity'), float('nan'), float(' 1_000.5 '))
print(repr(1.0), repr(-0.0), str(1e100), 3.0 * 2, 7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 // -2)
print(2 ** 0.5, 2.0 ** -1, (-8) ** (1 / 3) if False else 'skip', 10 ** -2, 4 ** 0.5)
nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan])
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, inf + 1, -inf * -1)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 2.0 ** 1023 * 2)
for bad in ['abc', '', '1.2.3', 'nan1', '1e']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 2
    print('complex result skipped')
except ValueError as e:
    print(type(e).__name__, e)
print(float(10 ** 20), float(2 ** 53 + 1), int(2.0 ** 53) + 1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print((1.5).is_integer(), (2.0).is_integer(), (3.75).as_integer_ratio(), (-0.1).as_integer_ratio())
print(max(1, 1.0), min(1.0, 1), 1 == 1.0, hash(1) == hash(1.0), 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(round(1e300 * 1e10) if False else 'ok', -0.0 == 0.0, str(-0.0), 1 / inf, -1 / inf)
