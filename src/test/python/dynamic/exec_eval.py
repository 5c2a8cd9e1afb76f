# exec, eval and compile with their arguments; SyntaxError attributes; code objects.
print(eval('1 + 2'), eval('  x', {'x': 5}), eval('x + y', {'x': 1}, {'y': 10}))
g = {}
exec('a = 1\ndef f(): return a + 1', g)
print(sorted(k for k in g if k != '__builtins__'), g['f'](), type(g['__builtins__']).__name__)
l = {}
exec('b = 2', g, l)
print(l, 'b' in g)

def scope():
    z = 3
    print(eval('z * 2'))
    exec('w = z')
    return 'w' in locals()
print(scope())

c = compile('q = 7\nq * 2', '<mine>', 'exec')
print(type(c).__name__, c.co_name, c.co_filename, c.co_names, c.co_firstlineno)
ns = {}
exec(c, ns)
print(ns['q'])
e = compile('40 + 2', 'f', 'eval')
print(eval(e))
s = compile('1 + 1', 's', 'single')
exec(s)

def fn(a, b=1, *args, c, **kw):
    x = a
    return x
co = fn.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_nlocals, co.co_qualname)
print(co.co_consts, co.co_flags & 0x0c)

def err(f):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

err(lambda: eval('1', 5))
err(lambda: eval('1', {}, 5))
err(lambda: exec('1', 5))
err(lambda: exec('1', {}, 5))
err(lambda: exec(5))
err(lambda: eval(5))
err(lambda: compile(5, 'f', 'exec'))
err(lambda: compile('1', 'f', 'nope'))
err(lambda: compile('1', 'f', 'exec', 1 << 30))
err(lambda: exec('a\0'))
err(lambda: exec(compile('1', 'f', 'exec'), {}, {}, closure=()))
err(lambda: eval('undefined_name'))
err(lambda: exec('return 1'))
err(lambda: eval('x = 1'))

for src in ['x = (', 'def f(:\n  pass', 'if 1:\nprint(1)', '\n\n  1 +* 2']:
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError as ex:
        print(type(ex).__name__, repr(ex.msg), ex.filename, ex.lineno, ex.offset, repr(ex.text), ex.end_lineno,
              ex.end_offset, '|', ex, '|', ex.args[0])

se = SyntaxError('custom', ('f.py', 3, 4, 'text', 3, 5))
print(se, se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset)
print(SyntaxError('m').lineno, SyntaxError().msg)

# __builtins__ insertion and a custom __builtins__.
g2 = {'__builtins__': {'len': lambda x: 'fake len'}}
print(eval('len([1])', g2))
g3 = {}
exec('pass', g3)
print('__builtins__' in g3)
exec('raise ValueError("from exec")')
