def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x

print(check(1))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ('tuple', 'message')
except AssertionError as e:
    print(e.args)
try:
    assert 1 == 2, None
except AssertionError as e:
    print(e.args)
assert True, 'never evaluated ' + 1
print('done')
