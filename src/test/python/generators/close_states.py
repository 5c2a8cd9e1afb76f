def gen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

g = gen()
g.close()  # not started: nothing runs
print('closed unstarted', g.gi_frame)
g = gen()
next(g)
g.close()
print('closed suspended', g.gi_frame)
g.close()
print('closed twice ok')

def ignoring():
    for i in range(2):
        try:
            yield
        except GeneratorExit:
            print('ignoring exit')

g = ignoring()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(g, 'finished'))  # run it to the end so no finalizer closes it again

def returning():
    try:
        yield 1
    except GeneratorExit:
        return 'ret'
g = returning()
next(g)
print('close returns', g.close())

def raising():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('in close')
g = raising()
next(g)
try:
    g.close()
except ValueError as e:
    print('close raised', e)

def catch_all():
    try:
        yield 1
    except BaseException as e:
        print('saw', type(e).__name__)
        raise
g = catch_all()
next(g)
g.close()
print('done')
