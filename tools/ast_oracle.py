"""The oracle for `bin/pyj-dump ast`: prints, for each file named on the command line (or one per
line on stdin with `-`), a line `== FILE` and then exactly what CPython prints for
`ast.dump(ast.parse(source_bytes, FILE), include_attributes=True)`, or `<ExceptionType>: <msg>`
when the file does not parse. Run it with CPython 3.11 (python3)."""
import ast
import sys


def main(argv):
    out = open(sys.stdout.fileno(), 'w', encoding='utf-8', errors='backslashreplace',
               closefd=False, newline='\n')
    names = argv[1:]
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin]
    for name in names:
        out.write('== ' + name + '\n')
        with open(name, 'rb') as f:
            source = f.read()
        try:
            tree = ast.parse(source, name)
        except SyntaxError as e:
            out.write(f'{type(e).__name__}: {e.msg}\n')
            continue
        except (ValueError, MemoryError, RecursionError) as e:
            out.write(f'{type(e).__name__}: {e}\n')
            continue
        out.write(ast.dump(tree, include_attributes=True) + '\n')
    out.flush()


if __name__ == '__main__':
    main(sys.argv)
