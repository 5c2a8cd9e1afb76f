class Wrap:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if v is not None:
            raise RuntimeError('wrapped') from v

try:
    with Wrap():
        raise ValueError('inner')
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print('traceback entries', n)
