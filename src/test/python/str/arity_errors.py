# CPython's argument-count and keyword errors for str, bytes and bytearray methods
for obj in ['abc', b'abc', bytearray(b'abc')]:
    for m in sorted(dir(obj)):
        if m.startswith('__') or m in ('format', 'maketrans'):
            continue
        f = getattr(obj, m)
        msgs = []
        for n in (0, 5):
            try:
                f(*range(n))
                msgs.append('ok')
            except TypeError as e:
                msgs.append(str(e))
            except Exception as e:
                msgs.append(type(e).__name__)
        # (count/find/index/startswith... word a keyword error differently through a bound method)
        if m in ('count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith'):
            print(type(obj).__name__, m, '|', ' | '.join(msgs))
            continue
        try:
            f(bogus=1)
        except TypeError as e:
            msgs.append(str(e))
        print(type(obj).__name__, m, '|', ' | '.join(msgs))
