import sys

def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(leaves(x) for x in e.exceptions)}])"
    return repr(e)

def attempt(body):
    try:
        body()
    except BaseException as e:
        print(leaves(e))
        return e

def reraise_part():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), OSError(4)])])
    except* ValueError:
        raise
attempt(reraise_part)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new") from None
e = attempt(raise_new)
print(repr(e.exceptions[0].__context__), e.exceptions[0].__suppress_context__)

def raise_in_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        raise KeyError("k")
    except* TypeError as e:
        raise
    except* OSError as e:
        raise RuntimeError("r") from e
e = attempt(raise_in_two)
print(repr(e.exceptions[1].__cause__))

def handled_exc_info():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("exc_info is match:", sys.exc_info()[1] is e, repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("exc_info is match:", sys.exc_info()[1] is e, repr(sys.exc_info()[1]))
    print("after:", sys.exc_info())
attempt(handled_exc_info)

def raise_group_in_clause():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise ExceptionGroup("from clause", [TypeError("t")])
attempt(raise_group_in_clause)

def continue_break():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            print("iteration", i, repr(e))
    return "done"
print(continue_break())
