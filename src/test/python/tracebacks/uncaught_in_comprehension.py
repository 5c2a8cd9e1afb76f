# Uncaught exception inside nested comprehensions and a generator expression: frame names.
def convert(x):
    return int(x)

data = [["1", "2"], ["3", "x"]]
total = sum(v for row in [[convert(s) for s in r] for r in data] for v in row)
