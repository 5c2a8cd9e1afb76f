try:
    raise ExceptionGroup('batch', [ValueError('v1'), TypeError('t1')])
except* ValueError:
    print('handled ValueError part')
