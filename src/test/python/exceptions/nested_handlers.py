import sys

def show(tag):
    print(tag, repr(sys.exc_info()[1]))

try:
    raise ValueError('outer')
except ValueError:
    show('in outer')
    try:
        raise KeyError('inner')
    except KeyError as e:
        show('in inner')
        print('context', repr(e.__context__))
    show('back in outer')
show('after')

# bare raise in nested handler re-raises the innermost
try:
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError:
            pass
        raise
except Exception as e:
    print('bare raise gave', repr(e))

# handler that raises a different exception
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)

# exception in finally replaces the one in flight
try:
    try:
        raise ValueError('in try')
    finally:
        raise KeyError('in finally')
except Exception as e:
    print(repr(e), repr(e.__context__))

# except clause name is deleted after the handler
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)

# tuple of exception classes and order
for exc in (ValueError, KeyError, IndexError, ZeroDivisionError):
    try:
        raise exc('x')
    except (KeyError, IndexError) as e:
        print('lookup-ish', type(e).__name__)
    except ArithmeticError as e:
        print('arith', type(e).__name__)
    except Exception as e:
        print('other', type(e).__name__)
