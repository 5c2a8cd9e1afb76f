def validate(items):
    for i in items:
        assert i >= 0, f'negative item: {i}'
validate([1, 2])
validate([3, -4])
