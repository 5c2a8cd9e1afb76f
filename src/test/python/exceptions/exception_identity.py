err = ValueError('same object')
def raiser():
    raise err
for i in range(2):
    try:
        raiser()
    except ValueError as e:
        print(e is err, e.args)
try:
    raise err
except ValueError as e:
    e.args = ('mutated',)
print(err.args)
def catch_and_return():
    try:
        raise KeyError('k')
    except KeyError as e:
        return e
e = catch_and_return()
print(type(e).__name__, e.__traceback__ is not None, e.__context__)
try:
    raise e
except KeyError as again:
    print(again is e)
classes = [ValueError, TypeError]
for cls in classes:
    try:
        raise cls
    except tuple(classes) as caught:
        print(type(caught).__name__, caught.args)
