# Matching, nesting, bare raise, raise from, chaining, sys.exc_info, exception attributes.
import sys


class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class SubError(MyError):
    pass


def classify(e):
    try:
        raise e
    except SubError:
        return 'sub'
    except (KeyError, IndexError) as x:
        return 'lookup ' + type(x).__name__
    except MyError as x:
        return 'my %d' % 0 if False else 'my ' + str(x.code)
    except Exception:
        return 'other'


print(classify(SubError(1, 'a')), classify(MyError(2, 'b')), classify(KeyError('k')), classify(IndexError()),
      classify(ValueError()))

e = MyError(5, 'boom')
print(e.args, str(e), repr(e), e.code)
print(repr(ValueError()), repr(ValueError(1, 2)), str(KeyError('k')), str(KeyError()), repr(KeyError('k')))


def reraiser():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling', sys.exc_info()[0].__name__)
        raise


try:
    reraiser()
except ValueError as e:
    print('reraised', e, e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(e, '<-', repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}['missing']
    except KeyError:
        raise RuntimeError('during')
except RuntimeError as e:
    print(e, 'context:', repr(e.__context__), 'cause:', e.__cause__)

try:
    try:
        raise OSError('x')
    except OSError:
        raise TypeError('y') from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))

print(sys.exc_info())
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise IndexError('inner')
    except IndexError:
        print('inner', sys.exc_info()[1])
    print('outer again', repr(sys.exc_info()[1]))
print('after', sys.exc_info())

# Catching a class that is not an exception.
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)

try:
    raise 'not an exception'
except TypeError as e:
    print(e)

# Raising a class instantiates it.
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)


def nested_finally():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
        finally:
            print('finally sees', sys.exc_info()[0].__name__)
    except TypeError as e:
        return repr(e.__context__)


print(nested_finally())


# assert
def check(x):
    assert x > 0, 'x must be positive'
    assert x < 100
    return x


print(check(5))
for v in (-1, 200):
    try:
        check(v)
    except AssertionError as e:
        print('AssertionError', repr(e))

# with_traceback and __traceback__
try:
    raise ValueError('tb')
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)

# Exceptions are objects: attributes, args assignment.
e = Exception('a', 'b')
e.extra = 1
e.args = ('c',)
print(e, e.extra, e.args)
print(isinstance(SubError(1, 2), Exception), issubclass(SubError, MyError), issubclass(KeyError, LookupError))
print(StopIteration(7).value, StopIteration().value)
