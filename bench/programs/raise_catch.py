# Raising and catching exceptions in a loop, with chaining and custom exception classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i


def run(n):
    codes = 0
    keys = 0
    chained = 0
    for i in range(n):
        try:
            try:
                check(i)
            except KeyError as e:
                keys += 1
                raise ValueError("wrapped") from e
        except AppError as e:
            codes += e.code % 7
        except ValueError as e:
            if e.__cause__ is not None:
                chained += 1
    return codes, keys, chained


print(run(600000))
