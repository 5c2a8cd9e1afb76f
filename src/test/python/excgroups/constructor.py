def show(fn):
    try:
        r = fn()
        print(type(r).__name__, repr(r), str(r))
    except Exception as e:
        print("error:", type(e).__name__, e)

show(lambda: BaseExceptionGroup("m", [ValueError(1), TypeError(2)]))
show(lambda: BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()]))
show(lambda: ExceptionGroup("m", [ValueError(1)]))
show(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("m", []))
show(lambda: ExceptionGroup("m", None))
show(lambda: ExceptionGroup("m", {"a": ValueError()}))
show(lambda: ExceptionGroup("m", [1]))
show(lambda: ExceptionGroup("m", [ValueError(), 2]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup("m"))
show(lambda: ExceptionGroup("m", (ValueError(), TypeError()), 3))
show(lambda: ExceptionGroup("m", (ValueError(), TypeError())))
show(lambda: ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError()]), KeyError("k")]))
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
class MyEG(ExceptionGroup):
    pass
show(lambda: MyEG("mine", [ValueError()]))
show(lambda: MyEG("mine", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup):
    pass
show(lambda: MyBEG("mine", [ValueError()]))
show(lambda: MyBEG("mine", [KeyboardInterrupt()]))
try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError")
