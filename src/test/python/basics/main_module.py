# sys.argv and __main__ as a script run by python3 FILE sees them.
import sys
print(len(sys.argv), sys.argv[0].rsplit('/', 1)[-1], __name__, __package__, __spec__)
print(sorted(globals()))
print(__file__ == sys.argv[0] or __file__.endswith(sys.argv[0]))
print(type(__builtins__).__name__, __builtins__.__name__)
import builtins
print(builtins is __builtins__, sys.modules['__main__'].__name__)
print(sys)
if __name__ == '__main__':
    sys.exit(3)
