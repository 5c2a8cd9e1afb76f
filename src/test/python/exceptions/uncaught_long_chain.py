def chain(n):
    if n == 0:
        raise ValueError('bottom')
    try:
        chain(n - 1)
    except Exception as e:
        raise RuntimeError(f'level {n}') from (e if n % 2 else None)

chain(4)
