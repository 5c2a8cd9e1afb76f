def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(leaves(x) for x in e.exceptions)}])"
    return repr(e)

def show(x):
    print(None if x is None else leaves(x))

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)]), OSError(5)])
m, r = eg.split(ValueError)
show(m); show(r)
m, r = eg.split((TypeError, KeyError))
show(m); show(r)
m, r = eg.split(lambda e: isinstance(e, LookupError) or getattr(e, "args", (0,))[0] == 1)
show(m); show(r)
show(eg.subgroup(OSError))
show(eg.subgroup(ArithmeticError))
print(eg.subgroup(Exception) is eg, eg.split(BaseException)[0] is eg)
show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "sub"))
for bad in [1, "x", (ValueError, 1), int]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)

# metadata is copied to the parts
try:
    try:
        raise KeyError("ctx")
    except KeyError as c:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from c
except ExceptionGroup as e:
    e.add_note("n1")
    m, r = e.split(ValueError)
    print(m.__cause__ is e.__cause__, m.__context__ is e.__context__, m.__traceback__ is e.__traceback__)
    print(m.__notes__, r.__notes__, m.__notes__ is e.__notes__, m.__suppress_context__)

class Derived(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", excs)
        return Derived(self.message + "!", excs)

d = Derived("d", [ValueError(), TypeError()])
m, r = d.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError", e)
print(repr(eg.derive([ValueError(9)])))
