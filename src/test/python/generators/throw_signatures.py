def gen():
    try:
        yield 1
    except Exception as e:
        yield f'caught {type(e).__name__}{e.args}'
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def started():
    g = gen()
    next(g)
    return g
t(lambda: started().throw(ValueError))
t(lambda: started().throw(ValueError, 'msg'))
t(lambda: started().throw(ValueError, ('a', 'b')))
t(lambda: started().throw(ValueError, ValueError('inst')))
t(lambda: started().throw(ValueError, None, None))
t(lambda: started().throw(ValueError('inst'), 'extra'))
t(lambda: started().throw(ValueError, 'x', 5))
t(lambda: started().throw(int))
t(lambda: started().throw(KeyError('k')))
t(lambda: gen().throw(KeyError('before start')))
