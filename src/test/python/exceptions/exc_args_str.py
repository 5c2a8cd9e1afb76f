# str/repr/args of builtin exceptions with 0, 1, 2 args
classes = [Exception, BaseException, ValueError, TypeError, KeyError, IndexError, LookupError,
           AttributeError, NameError, ZeroDivisionError, RuntimeError, NotImplementedError,
           StopIteration, OSError, FileNotFoundError, UnicodeError, AssertionError, ImportError,
           ModuleNotFoundError, RecursionError, SystemExit, KeyboardInterrupt, GeneratorExit,
           ArithmeticError, OverflowError, UnboundLocalError, SyntaxError, EOFError,
           MemoryError, BufferError, PermissionError, TimeoutError, StopAsyncIteration]
for cls in classes:
    for args in [(), ('one',), ('a', 2)]:
        e = cls(*args)
        print(cls.__name__, len(args), repr(str(e)), repr(e), e.args)
