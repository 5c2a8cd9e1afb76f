try:
    1 / 0
except ZeroDivisionError as e:
    err = KeyError('replacement')
    err.__suppress_context__ = True
    raise err
