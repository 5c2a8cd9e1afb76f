# sys.exit with a status; finally blocks run on the way out.
import sys
try:
    print('exiting')
    sys.exit(3)
finally:
    print('finally on exit')
