# open() for text files: write, append, read, readline, iteration, newline handling, errors.
import sys
path = '/tmp/pyj-test-io-files-' + sys.argv[0].rsplit('/', 1)[-1] + '.txt'
with open(path, 'w') as f:
    print(f.write('first line\n'), f.write('second\n'), f.closed, f.name == path, f.mode)
    print('third', 3, file=f)
print(f.closed)
with open(path, 'a', encoding='utf-8') as f:
    f.writelines(['fourth\n', 'fifth ünïcode\n'])
with open(path) as f:
    print(repr(f.read(5)), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
for i, line in enumerate(open(path)):
    print(i, repr(line))
print(list(open(path, 'r'))[-1])
with open(path, 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(list(f))
with open(path, newline='\n') as f:
    print(list(f))
with open(path, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(path, newline='') as f:
    print(repr(f.read()))

def err(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(lambda: open('/nonexistent/dir/file.txt'))
err(lambda: open(path, 'rw'))
err(lambda: open(path, 'q'))
err(lambda: open(path, 'rt', newline='x'))
err(lambda: open(path, 'w').read())
err(lambda: open(path).write('x'))
f = open(path)
f.close()
err(lambda: f.read())
err(lambda: open(path, 'x'))
err(lambda: open('/tmp'))
try:
    open('missing.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
e = OSError(2, 'No such file or directory', 'x.txt')
print(e, e.args, type(e).__name__)
print(OSError('plain'), OSError(1, 'two'))
