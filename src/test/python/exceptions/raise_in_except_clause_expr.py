def bad_class():
    raise TypeError('evaluating the except clause failed')
try:
    try:
        raise ValueError('original')
    except bad_class():
        print('not reached')
except TypeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
try:
    try:
        raise ValueError('v')
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('v')
    except (ValueError, 'str'):
        print('matched first element')
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('v')
    except ('str', ValueError):
        print('never')
except TypeError as e:
    print(type(e).__name__, e)
