def closure(a, b=2, *args, c, **kw):
    x = a + b
    def inner(y):
        return x + y
    return inner
c = closure(1, c=3)
code = closure.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_cellvars, code.co_freevars, code.co_nlocals)
print(c.__code__.co_freevars, c.__code__.co_varnames, c.__code__.co_qualname, c.__code__.co_firstlineno)
print(c.__closure__[0].cell_contents, type(c.__closure__[0]).__name__, c.__globals__ is globals())
print(bool(code.co_flags & 0x04), bool(code.co_flags & 0x08), bool(code.co_flags & 0x20))
def gen():
    yield
async def coro():
    pass
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), c.__code__.co_names, code.co_names)
print(type(code).__name__, code.co_filename.endswith('code_object_attrs.py'), code.co_stacksize > 0)
