for src in ['try:\n  pass\nexcept* ExceptionGroup:\n  pass\n',
            'try:\n  pass\nexcept* (ValueError, BaseExceptionGroup):\n  pass\n']:
    try:
        exec(src)
        print('no error at compile/run for', src.split()[2])
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    try:
        raise ExceptionGroup('x', [ValueError()])
    except* ValueError:
        pass
    return 'ok'
print(f())
try:
    try:
        raise ValueError('naked')
    except* ValueError as g:
        print('naked wrapped:', repr(g), g.exceptions[0].__traceback__ is not None)
except Exception as e:
    print('unexpected', e)
try:
    raise TypeError('not matched')
except* ValueError:
    print('no')
except* TypeError as g:
    print('type part', repr(g))
