def run(excs):
    try:
        raise ExceptionGroup('eg', excs)
    except* ValueError as g:
        print('ValueError part:', repr(g.exceptions))
    except* (TypeError, KeyError) as g:
        print('Type/Key part:', [type(e).__name__ for e in g.exceptions])
    except* Exception as g:
        print('rest:', [type(e).__name__ for e in g.exceptions])

run([ValueError(1), TypeError(2), KeyError(3), OSError(4)])
run([ValueError(1), ValueError(2)])
run([ZeroDivisionError()])
try:
    run([])
except ValueError as e:
    print(type(e).__name__, e)
