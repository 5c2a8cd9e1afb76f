class Tx:
    def __enter__(self):
        print('begin')
        return self
    def __exit__(self, t, v, tb):
        print('rollback' if t else 'commit')

with Tx():
    print('work')
with Tx():
    raise ValueError('bad transaction')
