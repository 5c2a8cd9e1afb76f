import sys
def gen():
    try:
        yield 1
        raise ValueError('inside')
    except ValueError as e:
        print('handled', e, sys.exc_info()[0].__name__)
        yield 2
        print('after yield in handler', sys.exc_info()[0].__name__)
    print('outside handler', sys.exc_info()[0])
    yield 3

g = gen()
print(next(g))
print(next(g))
print('caller sees', sys.exc_info()[0])
print(next(g))

def raiser():
    yield 1
    {}['nope']
g = raiser()
next(g)
try:
    next(g)
except KeyError as e:
    print('from gen', repr(e))
print(next(g, 'dead'))

def gen_traceback():
    yield 1
    1 / 0
try:
    list(gen_traceback())
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
