results = []
for x in [1, 0, 2, 'a', 4]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append('div0')
        continue
    except TypeError:
        results.append('type')
        break
    finally:
        results.append(f'f{x}')
print(results)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print('retry after', e)
print('count', count)
def first_valid(items):
    for it in items:
        try:
            return int(it)
        except ValueError:
            continue
    return None
print(first_valid(['x', 'y', '7', '8']), first_valid([]))
