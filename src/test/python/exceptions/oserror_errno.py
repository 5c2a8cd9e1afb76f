
cases = [
    (2, 'No such file'),
    (17, 'exists'),
    (13, 'denied'),
    (1, 'not permitted'),
    (21, 'is a dir'),
    (20, 'not dir'),
    (11, 'again'),
    (32, 'pipe'),
    (10, 'child'),
    (3, 'no process'),
    (4, 'interrupted'),
    (110, 'timeout'),
    (111, 'refused'),
    (9999, 'unknown'),
]
for code, msg in cases:
    e = OSError(code, msg)
    print(code, type(e).__name__, e.errno, e.strerror, str(e), e.args)

e = OSError(2, 'No such file or directory', 'foo.txt')
print(type(e).__name__, e.filename, str(e), repr(e))
e = OSError(1)
print(type(e).__name__, e.errno, e.strerror, str(e))
e = OSError()
print(e.errno, e.filename, str(e))
print(IOError is OSError, EnvironmentError is OSError)
print(FileNotFoundError.__mro__)
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open('/definitely/not/here.txt')
except OSError as e:
    print(isinstance(e, FileNotFoundError))
# subclass of a specific OSError keeps its class
e = FileExistsError(2, 'x')
print(type(e).__name__)
