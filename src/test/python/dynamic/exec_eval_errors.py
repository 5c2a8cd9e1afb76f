for src in ['1 +', 'x = ', 'def f(:', 'return 1', 'break', 'yield 1', '(', 'a = 1 = 2']:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg, e.lineno)
try:
    eval('x = 1')
except SyntaxError as e:
    print('eval statement:', e.msg)
try:
    eval('undefined_name_here')
except NameError as e:
    print(type(e).__name__, e)
ns = {}
exec('a = 1\nb = a + 1', ns)
print(ns['a'], ns['b'], '__builtins__' in ns)
print(eval('a * b', ns), eval('x + 1', {'x': 1}), eval('y', {}, {'y': 'local'}))
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('exec raised', e)
code = compile('3 * 7', '<expr>', 'eval')
print(eval(code), type(code).__name__, code.co_filename)
try:
    compile('x', '<s>', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
