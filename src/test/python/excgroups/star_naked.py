import sys
try:
    raise ValueError(1)
except* ValueError as e:
    print(repr(e), e.__traceback__ is not None, sys.exc_info()[1] is e)
try:
    try:
        raise ValueError(1)
    except* ValueError as e:
        raise
except Exception as x:
    print("naked reraise:", repr(x))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError(3)
except Exception as x:
    print(repr(x), repr(x.exceptions[0].__context__), x.__context__, x.__cause__)
e = BaseException("x")
print(e.__dict__)
e.add_note("n")
print(e.__dict__)
