eg = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')]), KeyError('d')])
try:
    raise eg
except* ValueError as g:
    print('matched', repr(g))
except* TypeError as g:
    print('matched', repr(g))
except* KeyError as g:
    print('matched', repr(g))
try:
    try:
        raise eg
    except* TypeError:
        print('only TypeError handled')
except ExceptionGroup as rest:
    print('rest', repr(rest))
    print(rest.message, [repr(e) for e in rest.exceptions])
