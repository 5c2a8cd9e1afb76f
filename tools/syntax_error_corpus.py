"""The CPython side of pyj's syntax-error parity test.

Collects source snippets that CPython's own test suite uses to check syntax errors -- without copying
them: they are read at test time from the local CPython 3.11 Lib -- plus pyj's own cases:
  * the doctest examples of test/test_syntax.py whose expected output is an error,
  * the constant-argument calls `check(src, ...)` in test/test_exceptions.py (syntax error offsets)
    and `_check_error(src, ...)` / `check_syntax_error(..., src, ...)` in test/test_syntax.py,
  * the `####`-separated cases of src/test/resources/pyj/parse/syntax-error-cases.txt.
For each one it runs ast.parse (the parser stage only), or with --compile the whole compiler
(compile(src, '<unknown>', 'exec'): symbol table and code generator errors too), and prints one line
per snippet:
  ID <TAB> str|bytes <TAB> base64(source as UTF-8, or the bytes) <TAB> RESULT
(the snippet is parsed as CPython's test passes it: a str, or bytes that are decoded as a file is), where RESULT is `OK` or `Type<TAB>base64(msg)<TAB>lineno<TAB>offset<TAB>end_lineno<TAB>end_offset`.
"""
import ast
import base64
import doctest
import os
import sys
import sysconfig

LIB = sysconfig.get_paths()['stdlib']
HERE = os.path.dirname(os.path.abspath(__file__))


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8', 'surrogatepass')
    return base64.b64encode(data).decode('ascii')


def test_syntax_doctests():
    path = os.path.join(LIB, 'test', 'test_syntax.py')
    doc = ast.get_docstring(ast.parse(open(path, 'rb').read()), clean=False)
    for i, ex in enumerate(doctest.DocTestParser().get_examples(doc)):
        if 'Error' in ex.want:
            yield f'test_syntax.doctest:{i}', ex.source


def constant_calls(filename, func_names, arg_index):
    path = os.path.join(LIB, 'test', filename)
    tree = ast.parse(open(path, 'rb').read())
    n = 0
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
        if name in func_names and len(node.args) > arg_index:
            arg = node.args[arg_index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, (str, bytes)):
                yield f'{filename[:-3]}.{name}:{n}', arg.value
                n += 1


def own_cases():
    path = os.path.join(HERE, '..', 'src', 'test', 'resources', 'pyj', 'parse', 'syntax-error-cases.txt')
    text = open(path, 'rb').read().decode('utf-8')
    for i, chunk in enumerate(text.split('\n####\n')):
        if chunk.startswith('#') or not chunk.strip():
            continue
        yield f'pyj:{i}', chunk


def corpus():
    yield from test_syntax_doctests()
    yield from constant_calls('test_syntax.py', {'_check_error'}, 0)
    yield from constant_calls('test_exceptions.py', {'check'}, 0)
    yield from own_cases()


def main():
    out = sys.stdout
    whole_compiler = '--compile' in sys.argv[1:]
    seen = set()
    for ident, src in corpus():
        key = src if isinstance(src, bytes) else src.encode('utf-8', 'surrogatepass')
        if key in seen:
            continue
        seen.add(key)
        try:
            if whole_compiler:
                compile(src, '<unknown>', 'exec', dont_inherit=True)
            else:
                ast.parse(src)
            result = 'OK'
        except SyntaxError as e:
            result = '\t'.join([type(e).__name__, b64(e.msg or ''), str(e.lineno), str(e.offset),
                                str(e.end_lineno), str(e.end_offset)])
        except (ValueError, MemoryError, RecursionError, OverflowError) as e:
            result = '\t'.join([type(e).__name__, b64(str(e)), 'None', 'None', 'None', 'None'])
        kind = 'bytes' if isinstance(src, bytes) else 'str'
        out.write(f'{ident}\t{kind}\t{b64(key)}\t{result}\n')


if __name__ == '__main__':
    main()
