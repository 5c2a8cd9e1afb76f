# __slots__ on subclasses of builtin types: allowed unless the base is variable-size (int, tuple, bytes).
try:
    class X_int(int):
        __slots__ = ('a',)
    x = X_int(); x.a = 1; print('int', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_str(str):
        __slots__ = ('a',)
    x = X_str(); x.a = 1; print('str', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_float(float):
        __slots__ = ('a',)
    x = X_float(); x.a = 1; print('float', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_complex(complex):
        __slots__ = ('a',)
    x = X_complex(); x.a = 1; print('complex', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_tuple(tuple):
        __slots__ = ('a',)
    x = X_tuple(); x.a = 1; print('tuple', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_list(list):
        __slots__ = ('a',)
    x = X_list(); x.a = 1; print('list', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_dict(dict):
        __slots__ = ('a',)
    x = X_dict(); x.a = 1; print('dict', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_set(set):
        __slots__ = ('a',)
    x = X_set(); x.a = 1; print('set', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_frozenset(frozenset):
        __slots__ = ('a',)
    x = X_frozenset(); x.a = 1; print('frozenset', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_bytes(bytes):
        __slots__ = ('a',)
    x = X_bytes(); x.a = 1; print('bytes', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X_bytearray(bytearray):
        __slots__ = ('a',)
    x = X_bytearray(); x.a = 1; print('bytearray', x.a, hasattr(x, '__dict__'))
except TypeError as e:
    print(type(e).__name__, e)
