# complex: literals, arithmetic, repr, constructor, errors
z = 3 + 4j
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate(), -z, +z, 1j, -1j, 0j, 2j * 2j, (1 + 2j) / (3 - 4j))
print(z + 1, 1 + z, z * 2.5, 2 - z, z ** 2, 2 ** (1j), (1 + 1j) ** 0.5, z == 3 + 4j, z != 3, 3 + 0j == 3, hash(3 + 0j) == hash(3))
print(complex(), complex(1), complex(1, 2), complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-1.5e3J'), complex('inf+nanj'))
print(complex(1 + 2j, 3 + 4j), complex(2.5), complex('1_0+2_0j'), complex(True), repr(complex(-0.0, -0.0)), complex(0, -0.0))
print(format(1 + 2j, '.2f'), format(1.5j, '>12'), f'{3-4j:+}', hash(1 + 2j), bool(0j), bool(1j))
for args in [('abc',), ('1+2j', 1), (1, '2'), ([],), ('1+',), ('',)]:
    try:
        print(complex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in [lambda: 1j / 0, lambda: 0j ** -1, lambda: 1j % 2, lambda: 1j < 2j, lambda: 1j // 1]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
