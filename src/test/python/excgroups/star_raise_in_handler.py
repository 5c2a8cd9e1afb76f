try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new from handler')
except ExceptionGroup as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])
    inner = e.exceptions[0]
    print(type(inner).__name__, repr(inner.exceptions if isinstance(inner, ExceptionGroup) else inner))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as g:
        raise g
except ExceptionGroup as e:
    print('re-raised', repr(e))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('bare raise', repr(e))
