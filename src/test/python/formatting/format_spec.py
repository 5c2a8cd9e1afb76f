# format() and __format__ of int/float/str/bool, f-string specs and conversions
print(format(1234567, ','), format(1234567, '_x'), format(255, '#010b'), format(-42, '+08d'))
print(format(3.14159, '.2f'), format(1e100, 'g'), format(0.1, '.20f'), format(-0.0, 'z.1f'))
print(format(12345.678, '>20,.2f'), format(0.25, '%'), format(1/3, '.3e'), format(2.5, 'n'))
print(format('abc', '^9'), format('abc', '*<7'), format('héllo', '.2'), format(True, ''), format(True, 'd'))
print(format(False, '>6'), format(10**30, ','), format(-10**25, 'x'))
x = 3.0
n = 42
s = 'pyj'
print(f'{x}', f'{x!r}', f'{s!r:>8}', f'{n:{"0"}{5}}', f'{n=}', f'{s!a}', f'{"é"!a}')
w, p = 12, 3
print(f'[{x:{w}.{p}f}]', f'[{n:<{w}}]', f'{n:#x}{n:#o}')
print(repr(1.0), repr(1e16), repr(1e-5), repr(123456789012345678.0), str(0.1 + 0.2), 1e22, 1.5e-7)
print(float('inf'), -float('inf'), float('nan'))
for spec in ['s', 'd', 'x', '=5', ',c', '.2', 'z']:
    for v in [5, 2.5, 'ab', True]:
        try:
            print(spec, repr(v), repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(spec, repr(v), type(e).__name__, e)
class C:
    pass
try:
    format(C(), 'x')
except TypeError as e:
    print(e)
print(format(C(), '')[:9])
class D:
    def __format__(self, spec):
        return 'D<' + spec + '>'
print(f'{D():abc}', format(D(), 'q'), '{:zz}'.format(D()))
