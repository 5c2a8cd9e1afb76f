# An uncaught exception with a context: traceback text on stderr, exit status 1.
def inner(d):
    return d['key']


def outer():
    try:
        inner({})
    except KeyError:
        helper()


def helper():
    raise ValueError('bad value')


print('before')
outer()
print('not reached')
