# uncaught AssertionError: the markers sit under the asserted test, as CPython's line table puts them
def check(v):
    assert v == 2, 'v must be 2, not %r' % (v,)
check(2)
check(3)
