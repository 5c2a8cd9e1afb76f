for i in range(3):
    pass
else:
    print('for completed', i)
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
print('broke at', i)
for x in []:
    pass
else:
    print('empty for else')
n = 0
while n < 3:
    n += 1
else:
    print('while completed', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print('pair', i, j)
    else:
        print('inner never completes')
def search(items, target):
    for idx, v in enumerate(items):
        if v == target:
            return idx
    else:
        return -1
print(search('abc', 'c'), search('abc', 'z'))
i = 10
for i in range(0):
    pass
print('i unchanged', i)
