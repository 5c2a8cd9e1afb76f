class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit returns None')

def job():
    with Quiet():
        [1, 2, 3][10]

job()
