def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f'no attribute {k!r}') from None

print(lookup({'a': 1}, 'a'))
lookup({}, 'b')
