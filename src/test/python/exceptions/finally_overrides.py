def f(n):
    try:
        if n == 0:
            return 'try-return'
        if n == 1:
            raise ValueError('try-raise')
        return 'normal'
    finally:
        if n < 2:
            print('finally for', n)

for n in range(3):
    try:
        print(f(n))
    except ValueError as e:
        print('caught', e)

def nested_finally():
    out = []
    try:
        try:
            try:
                raise KeyError('k')
            finally:
                out.append(1)
        finally:
            out.append(2)
    except KeyError:
        out.append('caught')
    finally:
        out.append(3)
    return out
print(nested_finally())

def gen_finally():
    try:
        yield 1
        return 'r'
    finally:
        print('gen finally')
print(list(gen_finally()))

def return_in_loop_finally():
    for i in range(5):
        try:
            continue
        finally:
            if i == 3:
                return i
print(return_in_loop_finally())
