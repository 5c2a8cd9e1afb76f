class Broken:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('cleanup failed')

def run():
    with Broken():
        raise KeyError('original')

run()
