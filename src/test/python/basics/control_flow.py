# Loops with else, break/continue, nested loops, conditional expressions, boolean operators,
# the walrus operator, chained comparisons, augmented assignment on subscripts and attributes.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    else:
        print('inner exhausted', i)
else:
    print('outer exhausted')

n = 0
while n < 10:
    n += 3
    if n == 100:
        break
else:
    print('while else', n)

print(1 and 2, 0 and 2, 1 or 2, 0 or '', not 0, not [1], None or 'default', 'x' if n > 5 else 'y')
data = [1, 5, 12, 7]
if (big := [v for v in data if v > 6]):
    print('walrus', big)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x <= 4)
d = {'k': [1, 2]}
d['k'][0] += 10
d['k'] += [3]


class O:
    pass


o = O()
o.v = 1
o.v += 1
o.v *= 5
print(d, o.v)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
total = 0
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    total += a * b * c
print(total)
print([x * y for x in range(1, 4) for y in range(x, 4) if (x + y) % 2 == 0])
print(*range(3), sep='-', end='!\n')
print('a', 'b', sep='')
import sys
print('to stdout', file=sys.stdout)
sys.stdout.write('written\n')
s = 0
for k in range(100000):
    s += k
print(s)
name = 'pyj'
width = 3
print(f'{name}: {width + 1} {name!r} {name.upper()} {{braces}} {"q"}')
