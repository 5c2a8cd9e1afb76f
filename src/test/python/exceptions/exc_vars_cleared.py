# the as-target is deleted at the end of the handler, even if it was set before
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
print('e' in globals())

def f():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return type(err).__name__ + ': ' + str(err)
print(f())

def g():
    try:
        raise KeyError
    except KeyError as e:
        saved = e
    return type(saved).__name__
print(g())

def h():
    try:
        raise KeyError
    except KeyError as e:
        del e
    return 'ok'
print(h())
