# except* matching inside nested groups: structure of the matched and rest groups.
def show(e, ind=0):
    pad = " " * ind
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.message!r}) [{len(e.exceptions)}]")
        for x in e.exceptions:
            show(x, ind + 2)
    else:
        print(f"{pad}{type(e).__name__}({e})")

eg = ExceptionGroup("top", [
    ValueError("v1"),
    ExceptionGroup("mid", [TypeError("t1"), ValueError("v2"), ExceptionGroup("low", [KeyError("k")])]),
    TypeError("t2"),
])
try:
    try:
        raise eg
    except* ValueError as g:
        print("ValueError handler:")
        show(g, 2)
    except* KeyError as g:
        print("KeyError handler:")
        show(g, 2)
except ExceptionGroup as rest:
    print("rest:")
    show(rest, 2)
    print(rest.exceptions[0].__traceback__ is not None)

try:
    raise ExceptionGroup("only", [OSError(1, "x"), FileNotFoundError(2, "nf")])
except* FileNotFoundError as g:
    print("fnf", [repr(e) for e in g.exceptions])
except* OSError as g:
    print("os", [repr(e) for e in g.exceptions])

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, repr(g.message), g.exceptions)
