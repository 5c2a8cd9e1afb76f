eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
eg.add_note("hello")
try:
    try:
        raise eg
    except* ValueError:
        raise
except BaseException as x:
    print(repr(x), x is eg, getattr(x, '__notes__', None))
try:
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        pass
except BaseException as x:
    print(repr(x), x is eg, getattr(x, '__notes__', None))
