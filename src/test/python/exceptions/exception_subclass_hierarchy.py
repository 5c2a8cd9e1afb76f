class AppError(Exception):
    code = 1
class NetError(AppError):
    code = 2
class Timeout(NetError, TimeoutError):
    code = 3
for cls in (AppError, NetError, Timeout):
    try:
        raise cls('boom')
    except TimeoutError as e:
        print(cls.__name__, 'is a TimeoutError', e.code, isinstance(e, OSError))
    except NetError as e:
        print(cls.__name__, 'is a NetError', e.code)
    except AppError as e:
        print(cls.__name__, 'is an AppError', e.code)
print([c.__name__ for c in Timeout.__mro__])
t = Timeout('x')
print(t.errno, t.args, str(t))
class WithInit(ValueError):
    def __init__(self, a, b):
        super().__init__(f'{a}-{b}')
        self.a, self.b = a, b
e = WithInit(1, 2)
print(e.args, str(e), e.a, repr(e))
try:
    raise WithInit(3, 4)
except ValueError as err:
    print(type(err).__name__, err)
