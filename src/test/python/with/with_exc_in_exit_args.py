class Inspect:
    def __enter__(self):
        return 'resource'
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('clean exit', exc, tb)
        else:
            print('exit with', exc_type.__name__, exc.args, type(tb).__name__, tb.tb_lineno)
        return True

with Inspect() as r:
    print(r)
with Inspect():
    raise ValueError('a', 1)
with Inspect():
    [][1]
with Inspect():
    raise SystemExit(3)
with Inspect():
    raise KeyboardInterrupt
print('all suppressed')

class Swap:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('replacement') from v
try:
    with Swap():
        raise ValueError('orig')
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
