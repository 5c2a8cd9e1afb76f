print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 100, 10 ** 9 + 7))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(abs(-5), abs(-2.5), abs(True), abs(-2 ** 70))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)))
try:
    round('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(-0.0), round(0.49999999999999994))
