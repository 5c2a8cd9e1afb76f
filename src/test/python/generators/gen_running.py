def g():
    yield me.send(None)

me = g()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def g2():
    try:
        yield 1
    finally:
        me2.close()
me2 = g2()
next(me2)
try:
    me2.close()
except ValueError as e:
    print(type(e).__name__, e)
print(me2.gi_frame)

def g3():
    yield me3.throw(KeyError)
me3 = g3()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
