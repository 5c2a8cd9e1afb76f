def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("ValueError clause:", repr(e))
    except* (TypeError, KeyError) as e:
        print("Type/Key clause:", repr(e))
    except* OSError:
        print("OSError clause")

run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)]))
run(ValueError("naked"))
run(ExceptionGroup("g", [OSError(), ExceptionGroup("n", [ValueError(5), OSError(6)])]))
try:
    run(ExceptionGroup("g", [ValueError(1), ZeroDivisionError(2)]))
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    run(ZeroDivisionError("naked rest"))
except ZeroDivisionError as rest:
    print("naked passes through:", repr(rest))

def bad_type():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
def bad_type2():
    try:
        raise ValueError()
    except* (ValueError, BaseExceptionGroup):
        pass
def bad_type3():
    try:
        raise ValueError()
    except* int:
        pass
for fn in (bad_type, bad_type2, bad_type3):
    try:
        fn()
    except TypeError as e:
        print("TypeError", e)

# else and finally with except*
for exc in [None, ValueError()]:
    try:
        if exc:
            raise exc
    except* ValueError:
        print("handled")
    else:
        print("else")
    finally:
        print("finally")
