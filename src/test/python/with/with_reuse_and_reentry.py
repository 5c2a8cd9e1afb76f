class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print('enter depth', self.depth)
        return self.depth
    def __exit__(self, *a):
        print('exit depth', self.depth)
        self.depth -= 1

r = Reusable()
with r as a:
    with r as b:
        print('inside', a, b)
with r:
    pass
class OneShot:
    used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError('cannot reuse')
        self.used = True
    def __exit__(self, *a):
        pass
o = OneShot()
with o:
    pass
try:
    with o:
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
