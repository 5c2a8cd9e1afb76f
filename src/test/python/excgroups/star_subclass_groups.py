# Subclasses of ExceptionGroup with derive(); except* preserves the subclass via derive.
class MyGroup(ExceptionGroup):
    def __new__(cls, msg, excs, code=0):
        self = super().__new__(cls, msg, excs)
        self.code = code
        return self
    def __init__(self, msg, excs, code=0):
        super().__init__(msg, excs)
    def derive(self, excs):
        return MyGroup(self.message + "*", excs, self.code + 1)

class Plain(ExceptionGroup):
    pass

try:
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)], code=10)
    except* ValueError as g:
        print("matched", type(g).__name__, g.message, g.code, g.exceptions)
except MyGroup as rest:
    print("rest", type(rest).__name__, rest.message, rest.code, rest.exceptions)

try:
    try:
        raise Plain("plain", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("matched", type(g).__name__, g.message)
except ExceptionGroup as rest:
    print("rest", type(rest).__name__, rest.message)

e = MyGroup("m", [KeyError("a")], 5)
m, r = e.split(KeyError)
print(type(m).__name__, m.message, m.code, r)
print(e.subgroup(lambda x: True) is e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as ex:
    print(type(ex).__name__, ex)
b = BaseExceptionGroup("base", [ValueError(1)])
print(type(b).__name__)
b = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(b).__name__)
