# Notes added in except* handlers, and the traceback of split parts.
def raiser():
    raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])

try:
    try:
        raiser()
    except* ValueError as g:
        g.add_note("note on matched")
        for e in g.exceptions:
            e.add_note("note on leaf")
        raise
except ExceptionGroup as e:
    print(repr(e), getattr(e, "__notes__", None))
    for x in e.exceptions:
        print(" ", repr(x), getattr(x, "__notes__", None))
try:
    raise ValueError("x")
except ValueError as e:
    try:
        e.add_note(42)
    except TypeError as t:
        print(type(t).__name__, t)
    e.__notes__ = "not a list"
    try:
        e.add_note("y")
    except TypeError as t:
        print(type(t).__name__, t)
