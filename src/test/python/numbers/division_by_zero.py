ops = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0,
       lambda: 1.0 % 0, lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: 0 ** -1, lambda: 0.0 ** -1,
       lambda: pow(0, -2), lambda: 2 ** 100 // 0, lambda: 2 ** 100 % 0, lambda: (2 ** 100) / 0, lambda: True / False]
for i, op in enumerate(ops):
    try:
        print(i, op())
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print('augmented', e)
print(0 / 1, 0.0 / -1, -0.0 / 1, 0 // 5, 0 % 5, 0 ** 0, 0.0 ** 0)
