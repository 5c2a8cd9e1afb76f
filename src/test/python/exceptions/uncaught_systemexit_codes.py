import sys
for code in [0, None, 3]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
try:
    sys.exit((4, 5))
except SystemExit as e:
    print('tuple', e.code, e.args)
raise SystemExit(7)
