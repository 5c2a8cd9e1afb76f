import sys
print(__name__, __doc__, type(__builtins__).__name__ in ('module', 'dict'))
x = 1
g = globals()
print('x' in g, g['x'], g is globals())
g['injected'] = 'via globals'
print(injected)
def f():
    local_var = 1
    return sorted(locals())
print(f())
mod = sys.modules[__name__]
print(mod.x, mod.__name__, hasattr(mod, 'f'))
mod.newattr = 5
print(newattr)
del g['injected']
try:
    injected
except NameError as e:
    print(type(e).__name__, e)
print(type(sys).__name__, sys.__name__)
