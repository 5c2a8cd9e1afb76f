import sys
print()
print(1, 'a', None, [1], (2,), {'k': 'v'})
print(1, 2, 3, sep='-')
print('no newline', end='')
print(' continued', end='!\n')
print('a', 'b', sep='', end='\n')
print(*range(5), sep=', ')
print('flushed', flush=True)
print(sep=':')
print(None, sep=None, end=None)
try:
    print(sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(end=[])
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('x', 'y', file=w)
print(w.parts)
sys.stdout.write('direct write\n')
print(repr('quote\'s'), repr("dq\""), repr('tab\t'), repr('nl\n'), repr('\x00'), repr('é'), repr('\u2028'))
