"""The CPython side of SymtableParityTest.snippetsHaveCPythonsSymbolTables.

Lib's modules rarely break scoping rules, so this collects small programs from CPython's tests
about scopes, comprehensions, annotations, etc. -- read at test time from the local CPython 3.11
Lib, never copied: every doctest example of the listed test modules and every string constant in
them that CPython can parse (most are snippets handed to compile/exec/symtable), and pyj's own
cases (src/test/resources/pyj/compile/symtable-cases.txt). For each distinct
snippet it prints `== ID N BASE64(source)` and then the N lines of tools/symtable_oracle.py's dump
(a symbol table or the SyntaxError it raises); snippets CPython cannot parse are left out.
"""
import ast
import base64
import doctest
import os
import sys
import sysconfig
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import symtable_oracle  # noqa: E402

LIB = sysconfig.get_paths()['stdlib']
MODULES = [
    'test_asyncgen', 'test_class', 'test_compile', 'test_coroutines', 'test_dictcomps', 'test_dis',
    'test_exceptions', 'test_funcattrs', 'test_generators', 'test_genexps', 'test_global',
    'test_grammar', 'test_keywordonlyarg', 'test_listcomps', 'test_named_expressions',
    'test_patma', 'test_positional_only_arg', 'test_scope', 'test_setcomps', 'test_super',
    'test_symtable', 'test_syntax', 'test_type_annotations', 'test_unparse',
    'test_future_stmt/test_future', 'test_pep646_syntax', 'test_metaclass',
]


def snippets(module):
    path = os.path.join(LIB, 'test', module + '.py')
    with open(path, 'rb') as f:
        tree = ast.parse(f.read())
    parser = doctest.DocTestParser()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 2:
            yield node.value
            if '>>>' in node.value:
                try:
                    for ex in parser.get_examples(node.value):
                        yield ex.source
                except ValueError:
                    pass


def own_cases():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'resources',
                        'pyj', 'compile', 'symtable-cases.txt')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    for case in text.split('\n####\n')[1:]:
        yield case.rstrip('\n') + '\n'


def parses(src):
    try:
        ast.parse(src)
        return True
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False


def main():
    warnings.simplefilter('ignore')  # SyntaxWarnings of odd literals
    out = open(sys.stdout.fileno(), 'w', encoding='utf-8', errors='backslashreplace',
               closefd=False, newline='\n')
    seen = set()
    sources = [('symtable-cases.txt', own_cases())] + [(m, snippets(m)) for m in MODULES]
    for module, texts in sources:
        for i, src in enumerate(texts):
            if src in seen or not parses(src):
                continue
            seen.add(src)
            try:
                data = src.encode('utf-8')
            except UnicodeEncodeError:
                continue  # lone surrogates: not source text
            lines = symtable_oracle.oracle_lines(data, '<s>')
            out.write(f'== {module}:{i} {len(lines)} {base64.b64encode(data).decode("ascii")}\n')
            for line in lines:
                out.write(line + '\n')
    out.flush()


if __name__ == '__main__':
    main()
