# break and continue inside try/except/else/finally
def run(kind):
    out = []
    for i in range(4):
        try:
            out.append(('try', i))
            if kind == 'try-break' and i == 1:
                break
            if kind == 'try-continue' and i == 1:
                continue
            if kind.startswith('except') and i == 1:
                raise ValueError(i)
        except ValueError:
            out.append(('except', i))
            if kind == 'except-break':
                break
            if kind == 'except-continue':
                continue
        else:
            out.append(('else', i))
            if kind == 'else-break' and i == 2:
                break
            if kind == 'else-continue' and i == 2:
                continue
        finally:
            out.append(('finally', i))
            if kind == 'finally-break' and i == 2:
                break
            if kind == 'finally-continue' and i == 0:
                continue
        out.append(('after', i))
    return out

for k in ['try-break', 'try-continue', 'except-break', 'except-continue', 'else-break',
          'else-continue', 'finally-break', 'finally-continue']:
    print(k, run(k))

# break in finally swallows an exception
def swallow():
    for i in range(3):
        try:
            raise RuntimeError('lost')
        finally:
            break
    return 'swallowed'
print(swallow())

def cont_swallow():
    n = 0
    for i in range(3):
        try:
            raise RuntimeError('lost')
        finally:
            n += 1
            continue
    return n
print(cont_swallow())

# while loops with else
i = 0
while i < 5:
    try:
        i += 1
        if i == 3:
            break
    finally:
        print('while finally', i)
else:
    print('no break')
print('i =', i)
