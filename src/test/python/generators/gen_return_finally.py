def g1():
    try:
        yield 1
    finally:
        return 'from finally'
gen = g1()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print('value', e.value)

gen = g1()
next(gen)
print('close result', gen.close())

def g2():
    try:
        yield 1
    finally:
        yield 'in finally'
gen = g2()
next(gen)
try:
    gen.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(gen, 'done'))

def g3():
    try:
        return 'early'
        yield
    finally:
        print('g3 finally')
try:
    next(g3())
except StopIteration as e:
    print('g3', e.value)
