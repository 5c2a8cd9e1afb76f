# `with` in a loop: a class-based context manager entered and left on every iteration,
# sometimes leaving through an exception it suppresses.
class Resource:
    def __init__(self):
        self.opened = 0
        self.suppressed = 0

    def __enter__(self):
        self.opened += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is ZeroDivisionError:
            self.suppressed += 1
            return True
        return False


def run(n):
    r = Resource()
    total = 0
    for i in range(n):
        with r as res:
            total += res.opened
            if i % 10 == 0:
                total += 1 // (i % 2)
    return total, r.opened, r.suppressed


print(run(1000000))
