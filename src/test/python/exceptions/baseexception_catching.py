import sys
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError):
    try:
        try:
            raise exc('x')
        except Exception:
            print(exc.__name__, 'caught by Exception')
    except BaseException as e:
        print(exc.__name__, 'needs BaseException:', type(e).__name__)
try:
    raise KeyboardInterrupt
except:
    print('bare except catches', sys.exc_info()[0].__name__)
def exit_in_finally():
    try:
        sys.exit(2)
    finally:
        print('finally runs before exit')
try:
    exit_in_finally()
except SystemExit as e:
    print('exit code', e.code)
def swallow_exit():
    try:
        sys.exit(3)
    finally:
        return 'swallowed exit'
print(swallow_exit())
