import errno, atexit, _weakref
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith('EN'))[:5])

def bye(*args, **kw):
    print('bye', args, sorted(kw.items()))

class Boom:
    def __call__(self):
        raise ValueError('boom')

    def __repr__(self):
        return 'Boom()'

boom = Boom()

atexit.register(bye, 1, x=2)
atexit.register(print, 'last registered runs first')
atexit.register(bye, 'unregistered')
atexit.unregister(bye)
atexit.register(bye, 3)

class C:
    pass

c = C()
r = _weakref.ref(c)
print(r() is c, _weakref.getweakrefcount(c), _weakref.ref(c) is r, _weakref.getweakrefs(c) == [r])
r2 = _weakref.ref(c, lambda ref: None)
print(r2 is r, r2 == r, hash(r) == hash(c), _weakref.getweakrefcount(c))
for bad in (1, 'x', (), [], {}, None):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print('TypeError', e)
