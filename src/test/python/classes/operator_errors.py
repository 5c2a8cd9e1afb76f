class A:
    pass
class B:
    pass
for expr in ['A() + B()', 'A() - 1', '1 * A()', 'A() < B()', 'A() >= 1', '-A()', '+A()', '~A()', 'abs(A())',
             'A()[0]', 'A()[0] = 1', 'del A()[0]', 'len(A())', 'A()()', 'iter(A())', '1 in A()', 'A() @ A()',
             'A() ** 2', '2 ** A()', 'divmod(A(), 1)', 'round(A())', 'int(A())', 'float(A())', 'hash(A()) and 0']:
    try:
        exec(expr)
        print(expr, 'ok')
    except TypeError as e:
        print(expr, '->', e)
x = A()
try:
    x += 1
except TypeError as e:
    print('+=', e)
try:
    x @= 1
except TypeError as e:
    print('@=', e)
