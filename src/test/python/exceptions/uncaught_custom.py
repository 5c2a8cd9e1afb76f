class AppError(Exception):
    def __str__(self):
        return 'app failed: ' + ', '.join(map(str, self.args))

class Deep(AppError):
    pass

def a(n):
    if n == 0:
        raise Deep('x', 42)
    a(n - 1)

a(3)
