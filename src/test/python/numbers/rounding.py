# round(), float.hex/fromhex, as_integer_ratio, int methods
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(0.125, 2), round(1e300, -300))
print(round(5), round(15, -1), round(25, -1), round(-35, -1), round(123456789, -4), round(2**70 + 5, -1), round(7, 3))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, None))
for v in [1.0, 0.1, -2.5, 1e-320, float('inf'), float('nan'), 0.0, -0.0, 3.141592653589793]:
    print(v.hex(), end=' ')
print()
print(float.fromhex('0x1.8p1'), float.fromhex('-0X1P-1074'), float.fromhex(' inf '), float.fromhex('0x.8'))
for bad in ['0x', 'zz', '0x1p999999']:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e100).as_integer_ratio()[1], (5).as_integer_ratio())
for v in [float('inf'), float('nan')]:
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [float('nan'), float('inf')]:
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\x01\x00', 'big'))
print(int.from_bytes(b'\xff\xff', 'little', signed=True), (10).bit_count(), (7).numerator, (7).denominator, (3).conjugate())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print((2.7).__floor__(), (2.2).__ceil__(), (-2.7).__trunc__(), (2.5).conjugate(), (1.5).is_integer())
print(format(1e16), str(1e16), repr(-1.5e-10), 2.0 ** 0.5, 1 / 3, 100.0, 1e-4)
