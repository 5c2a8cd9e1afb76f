# Uncaught group whose leaves carry their own tracebacks and chained causes.
def f(i):
    if i == 0:
        raise ValueError("zero")
    try:
        {}[i]
    except KeyError as e:
        raise IndexError(i) from e

errors = []
for i in range(3):
    try:
        f(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("collected", errors)
