import sys
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print('interrupted, exiting with 130')
    sys.exit(130)
