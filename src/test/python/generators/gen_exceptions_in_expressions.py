def bad_items():
    yield 1
    yield 2
    raise LookupError('gen failed')

for consumer in (list, tuple, set, sum, max, sorted, lambda g: dict.fromkeys(g), lambda g: [x for x in g],
                 lambda g: ''.join(map(str, g)), lambda g: any(x > 5 for x in g), lambda g: all(g)):
    try:
        print(consumer(bad_items()))
    except LookupError as e:
        print('consumer saw', type(e).__name__, e)
print(any(x > 1 for x in bad_items()), next(x for x in bad_items() if x == 2))
try:
    a, b = bad_items()
except LookupError as e:
    print('unpack', e)
try:
    print(*bad_items())
except LookupError as e:
    print('star', e)
