import sys
# bare raise without active exception
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def reraiser():
    raise

try:
    try:
        raise ValueError('v')
    except ValueError:
        reraiser()
except ValueError as e:
    print('reraised from callee', repr(e))

# bare raise after the handler finished
def after():
    try:
        raise KeyError(1)
    except KeyError:
        pass
    raise
try:
    after()
except RuntimeError as e:
    print(type(e).__name__, e)

# raise e keeps traceback length growing
def f():
    raise ValueError('deep')
def g():
    try:
        f()
    except ValueError as e:
        raise e
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print('tb entries', n)

# raise with class vs instance
for thing in (ValueError, ValueError('inst'), StopIteration):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e.args))

# raising non-exceptions
for bad in (1, 'str', object, None):
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
