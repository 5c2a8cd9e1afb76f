def g():
    try:
        yield 1
    finally:
        raise RuntimeError('from finally')
gen = g()
next(gen)
try:
    gen.close()
except RuntimeError as e:
    print('close:', e, repr(e.__context__))
gen = g()
next(gen)
try:
    gen.throw(ValueError('thrown'))
except RuntimeError as e:
    print('throw:', e, repr(e.__context__))
gen = g()
next(gen)
try:
    next(gen)
except RuntimeError as e:
    print('next:', e, e.__context__)
