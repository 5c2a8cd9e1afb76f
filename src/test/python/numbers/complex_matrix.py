# complex arithmetic, repr and parsing over a matrix of values
vals = [0j, 1j, -1j, 1 + 1j, -2.5 + 3j, 1e300 + 1e300j, complex(float('inf'), 1), complex(0, float('nan')), complex(-0.0, 0.0),
        3, 2.5, True, complex(1e-320, -1e-320)]
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ':' + str(e)
for a in vals:
    print(repr(a), show(lambda: abs(a)), show(lambda: -a), show(lambda: a == a), show(lambda: hash(a) if a == a else 'nan'))
    for b in vals[:7]:
        print('  ', repr(b), show(lambda: a + b), show(lambda: a - b), show(lambda: a * b), show(lambda: a / b), show(lambda: a ** b))
for s in ['1', '-1.5', '1j', '-j', '+1J', '1+1j', '1-1j', '1e5-2.5e-3j', '(1+2j)', ' ( 1+2j ) ', 'inf', '-infj', 'nan+nanj', 'infinityj',
          '1 + 2j', '1+2', 'j1', '1+2jj', '()', '1__0j', '0x1j', '.5j', '5.j', '1e+j', '\t3j\n', '1_000+2_0j']:
    print(repr(s), show(lambda: complex(s)))
print([format(1.5 + 2.25j, f) for f in ['', 'g', '.1f', '>20', '+.2e', '^18.3g', 'z.1f']])
print(complex(-0.0, -0.0), complex(0.0, -0.0), -0j, 0j * -1, (-0j).real, (1 + 2j).conjugate().imag)
