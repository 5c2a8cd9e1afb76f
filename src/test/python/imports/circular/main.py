# Circular imports: a partially initialised module is visible; a from-import of a name it does
# not define yet fails with CPython's "most likely due to a circular import" message.
import a
print('main sees', a.A, a.b.B)
try:
    import c
except ImportError as e:
    print(e.__class__.__name__, str(e).replace(__file__.rsplit('/', 1)[0], '.'))
import sys
print('c' in sys.modules, 'd' in sys.modules)
