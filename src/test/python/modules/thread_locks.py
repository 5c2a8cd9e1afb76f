# _thread: locks, RLock, threads started with start_new_thread (output printed after joining).
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, _thread.LockType is type(lock), _thread.error is RuntimeError, _thread.TIMEOUT_MAX)
print(repr(lock).startswith('<unlocked _thread.lock object at'), lock.locked())
print(lock.acquire(), lock.locked(), repr(lock).startswith('<locked _thread.lock'))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
with lock:
    print('inside', lock.locked())
print('after', lock.locked())
for f in [lambda: lock.release(), lambda: lock.acquire(False, 1), lambda: lock.acquire(True, -2),
          lambda: lock.acquire(timeout=1e30), lambda: lock.acquire(1, 2, 3), lambda: lock.acquire(x=1),
          lambda: lock.acquire(timeout='a'), lambda: _thread.RLock().release(), lambda: _thread.RLock()._release_save(),
          lambda: _thread.start_new_thread(1, ()), lambda: _thread.start_new_thread(len, []),
          lambda: _thread.start_new_thread(len, (), 1), lambda: _thread.start_new_thread(len),
          lambda: _thread.interrupt_main() if False else None]:
    try:
        print(f())
    except (RuntimeError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

r = _thread.RLock()
print(repr(r).startswith('<unlocked _thread.RLock object owner=0 count=0 at'), r._is_owned())
print(r.acquire(), r.acquire(), r._is_owned())
print(repr(r).startswith('<locked _thread.RLock object owner=' + str(_thread.get_ident()) + ' count=2'))
state = r._release_save()
print(state == (2, _thread.get_ident()), r._is_owned())
r._acquire_restore(state)
print(r._is_owned())
r.release()
r.release()
print(r._is_owned())
with r:
    with r:
        print('nested', r._is_owned())

me = _thread.get_ident()
print(isinstance(me, int), me == _thread.get_ident(), isinstance(_thread.get_native_id(), int))

# Threads: each worker appends its result, then releases its done-lock; main waits on all.
results = []
done = []
guard = _thread.allocate_lock()
def worker(n, scale=1):
    total = 0
    for i in range(2000):
        total += i * scale
    with guard:
        results.append((n, total, _thread.get_ident() != me))
    done[n].release()
for n in range(4):
    l = _thread.allocate_lock()
    l.acquire()
    done.append(l)
for n in range(4):
    _thread.start_new_thread(worker, (n,), {'scale': n})
for l in done:
    l.acquire()
print(sorted(results))

# Ping-pong between two threads through two locks: a strict alternation.
ping = _thread.allocate_lock()
pong = _thread.allocate_lock()
finished = _thread.allocate_lock()
pong.acquire()
finished.acquire()
log = []
def player(name, mine, other, rounds):
    for i in range(rounds):
        mine.acquire()
        log.append(name + str(i))
        other.release()
    if name == 'pong':
        finished.release()
_thread.start_new_thread(player, ('ping', ping, pong, 3))
_thread.start_new_thread(player, ('pong', pong, ping, 3))
finished.acquire()
print(log)

# A sentinel lock is released when its thread ends (threading.Thread.join relies on it).
box = []
def with_sentinel():
    box.append(_thread._set_sentinel())
    started.release()
started = _thread.allocate_lock()
started.acquire()
_thread.start_new_thread(with_sentinel, ())
started.acquire()
box[0].acquire()
print('sentinel released', _thread._count() >= 0, hasattr(_thread, 'daemon_threads_allowed'))

# A thread that raises SystemExit ends quietly.
quit_done = _thread.allocate_lock()
quit_done.acquire()
def quitter():
    try:
        _thread.exit()
    finally:
        quit_done.release()
_thread.start_new_thread(quitter, ())
quit_done.acquire()
print('quitter done')
