import sys
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: [1 // x for x in [1, 0]])
check(lambda: {x: 1 // x for x in [0]})
check(lambda: {1 // x for x in [0]})
check(lambda: list(1 // x for x in [0]))
check(lambda: [y for y in undefined_thing])
check(lambda: [x for x in range(3) if x.missing])
# comprehension variable doesn't leak
x = 'outer'
[x for x in range(3)]
print(x)
# exceptions in nested comprehensions carry a traceback through <listcomp>
try:
    [[1 // (i - j) for j in range(2)] for i in range(2)]
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
# exc_info inside comprehension in handler
try:
    raise ValueError('v')
except ValueError:
    print([type(sys.exc_info()[1]).__name__ for _ in range(1)])
# try in lambda via helper
safe = lambda f, *a: (lambda: f(*a))
check(safe(int, 'z'))
check(lambda: (lambda: (lambda: 1 / 0)())())
