def f():
    raise ValueError("v")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("t") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
inner = ExceptionGroup("inner", [KeyError("k")])
try:
    raise inner
except ExceptionGroup as e:
    inner = e
e2 = ValueError("with note")
e2.add_note("note one\nsecond line")
e2.add_note("note two\n")
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ExceptionGroup("outer", excs + [inner, e2, RuntimeError()])
except ExceptionGroup as eg:
    eg.add_note("group note")
    raise
