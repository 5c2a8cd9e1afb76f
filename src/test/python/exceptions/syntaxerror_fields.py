for src in ['x = (', 'def f(:\n  pass', '1 +', 'a b', 'return 5', 'x = 1\n  y = 2', 'f(**x, *y)', "'abc"]:
    try:
        compile(src, '<test>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print('  str:', str(e))

e = SyntaxError('msg', ('file.py', 3, 4, 'text line\n', 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e = SyntaxError('only msg')
print(e.msg, e.filename, e.lineno, str(e))
e = SyntaxError()
print(e.msg, str(e))
try:
    eval('1 +* 2')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    exec('def f():\n\treturn 1\n        return 2')
except (SyntaxError, TabError) as e:
    print(type(e).__name__, e.msg, e.lineno)
