def level(n):
    if n == 0:
        raise ValueError("leaf")
    try:
        level(n - 1)
    except Exception as e:
        raise ExceptionGroup(f"level {n}", [e, TypeError(n)])
level(3)
