import sys
print('before')
sys.exit('fatal: giving up')
