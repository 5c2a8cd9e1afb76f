# f-strings: conversions, nested specs, debug '=', format of various types
vals = [0, -7, 3.5, -0.0, 1e300, float('nan'), 'txt', True, None, 2 ** 70, 1 + 2j, b'by', [1, 'a'], (1,), {'k': 1}]
for v in vals:
    print(f'{v}|{v!r}|{v!s}|{v!a}|{v=}|{v!r:>12}|{str(v):^9.3}')
for spec in ['', '>8', '<8', '^8', '+', ' ', '08.3f', '.2e', ',.2f', '_d', '#x', 'b', 'o', 'c', 'n', '%', '.0%', 'g', '.3g', '#.3g', 'E', '=+9']:
    row = []
    for v in [42, -3.75, 255, 0.0001234, True, 1234567.891, 1 - 1j]:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError) as e:
            row.append(type(e).__name__ + ':' + str(e)[:40])
    print(repr(spec), row)
width, prec, fill = 10, 3, '*'
print(f'{3.14159:{fill}^{width}.{prec}}', f'{"x":{fill}>{width}}', f'{12:{"#"}{"x"}}', f'{{literal}}', f'{"nested {braces}"}')
print(f'{1}{2}{3}', f"{'q'!r}", f'{(lambda: 5)()}', f'{[i for i in range(3)]}', f'{3 + 4 = }', f'{ 7 }')
print('%.3s|%5.1s|%-5c|%05.1f|%+d|%#x|%o' % ('abcdef', 'xyz', 'k', -2.25, 0, 0, 8))
print(format(12345678901234567890, '_'), format(-1234.5, '010,.1f'), format(float('inf'), '+010'), format(-0.0, ''), format(0.1, '.17'))
print(str(1e16), str(1.0e-5), str(123456789.123456789), repr(5e-324), repr(1.7976931348623157e308), 0.1 + 0.7, 1 / 7)
print(round(0.5), round(1.5), round(-1.5), round(2.5, 0), round(0.285, 2), round(-0.0), round(1.23456e-10, 12), round(10 ** 20 + 0.5))
