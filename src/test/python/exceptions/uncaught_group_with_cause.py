def validate(items):
    errors = []
    for i in items:
        try:
            if i < 0:
                raise ValueError(f'negative: {i}')
            if i == 0:
                raise ZeroDivisionError('zero')
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup('validation failed', errors)

try:
    validate([1, -2, 0])
except ExceptionGroup as eg:
    raise RuntimeError('could not validate') from eg
