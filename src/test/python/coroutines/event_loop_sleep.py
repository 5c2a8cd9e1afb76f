# A tiny event loop with virtual time, futures, and cancellation by throw().
import heapq

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set(self, v):
        self.done, self.result = True, v
        for cb in self.callbacks:
            cb()
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Cancelled(Exception):
    pass

class Loop:
    def __init__(self):
        self.now = 0
        self.timers = []
        self.ready = []
        self.seq = 0
    def sleep(self, dt):
        f = Future()
        self.seq += 1
        heapq.heappush(self.timers, (self.now + dt, self.seq, f))
        return f
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def step(self, coro, name, exc=None):
        try:
            f = coro.throw(exc) if exc else coro.send(None)
        except StopIteration as e:
            print(f"t={self.now} {name} returned {e.value!r}")
            return
        except Exception as e:
            print(f"t={self.now} {name} failed {type(e).__name__}: {e}")
            return
        f.callbacks.append(lambda: self.ready.append((coro, None, name)))
    def run(self, cancel_at=None):
        while self.ready or self.timers:
            while self.ready:
                c, exc, name = self.ready.pop(0)
                self.step(c, name, exc)
            if self.timers:
                t, _, f = heapq.heappop(self.timers)
                self.now = t
                f.set(t)

loop = Loop()

async def worker(name, delays):
    total = 0
    for d in delays:
        t = await loop.sleep(d)
        print(f"t={t} {name} woke")
        total += d
    if name == "bad":
        raise ValueError("bad worker")
    return total

async def supervisor():
    try:
        await loop.sleep(100)
    except Cancelled as e:
        print("supervisor cancelled:", e)
        return "cancelled"

loop.spawn(worker("w1", [3, 1]), "w1")
loop.spawn(worker("w2", [2, 2, 2]), "w2")
loop.spawn(worker("bad", [5]), "bad")
sup = supervisor()
loop.spawn(sup, "sup")
loop.run()
s2 = supervisor()
s2.send(None)
try:
    s2.throw(Cancelled("stop"))
except StopIteration as e:
    print("throw result", e.value)
