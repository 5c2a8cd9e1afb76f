# user exceptions: attributes, args, __str__/__repr__, with_traceback, add_note
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

e = MyError(3, 'bad')
print(e.args, e.code, str(e), repr(e))

class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(e.args, e.x, repr(str(e)), repr(e))

class Custom(ValueError):
    def __str__(self):
        return 'custom str'
e = Custom('a')
print(str(e), repr(e), e.args)

e = ValueError(1, 2)
e.args = ('changed',)
print(e, e.args)
e.args = [1, 2]
print(e.args, type(e.args).__name__)

e = Exception('x')
print(e.__traceback__)
try:
    raise e
except Exception:
    pass
print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)

e = Exception('noted')
e.add_note('first note')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)

e = Exception()
e.custom = 'attr'
print(e.custom, e.__dict__)
print(isinstance(e, BaseException), issubclass(KeyError, LookupError), issubclass(SystemExit, Exception))
print(BaseException.__subclasses__ is not None)
print(ZeroDivisionError.__mro__)
print(UnboundLocalError.__mro__)
print(ModuleNotFoundError.__mro__)
print(NotImplementedError.__bases__, RecursionError.__bases__, TimeoutError.__bases__)
