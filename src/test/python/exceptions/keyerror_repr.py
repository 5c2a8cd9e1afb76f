d = {}
for key in ['a', 1, (1, 2), None, '', 'it\'s', 2.5]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), '|', str(e), '|', e.args)
try:
    {}.pop('missing')
except KeyError as e:
    print(repr(e), str(e))
try:
    set().remove(3)
except KeyError as e:
    print(repr(e), str(e))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e), str(e))
try:
    set().pop()
except KeyError as e:
    print(repr(e), str(e))
print(str(KeyError()), str(KeyError('a', 'b')))
