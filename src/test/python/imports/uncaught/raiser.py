def boom():
    raise ValueError('from raiser')

boom()
