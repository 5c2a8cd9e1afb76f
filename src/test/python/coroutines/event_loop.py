# A tiny event loop: tasks are coroutines that await Future-like objects.
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.timers = []
        self.seq = 0

    def create_task(self, coro):
        task = Task(coro, self)
        self.ready.append((task, None))
        return task

    def sleep(self, delay, value=None):
        f = Future("sleep")
        self.seq += 1
        self.timers.append((self.time + delay, self.seq, f, value))
        return f

    def run(self):
        while self.ready or self.timers:
            while self.ready:
                task, value = self.ready.pop(0)
                task.step(value)
            if self.timers:
                self.timers.sort(key=lambda t: (t[0], t[1]))
                when, _, f, value = self.timers.pop(0)
                self.time = when
                f.set_result(value)

class Task(Future):
    def __init__(self, coro, loop):
        super().__init__(coro.__qualname__)
        self.coro = coro
        self.loop = loop

    def step(self, value):
        try:
            fut = self.coro.send(value)
        except StopIteration as e:
            self.set_result(e.value)
            return
        except Exception as e:
            print("task", self.name, "failed:", type(e).__name__, e)
            self.set_result(None)
            return
        fut.callbacks.append(lambda f: self.loop.ready.append((self, f.result)))

loop = Loop()

async def worker(name, n):
    total = 0
    for i in range(n):
        v = await loop.sleep(i + 1, i)
        print(f"t={loop.time} {name} got {v}")
        total += v
    return total

async def main():
    t1 = loop.create_task(worker("a", 3))
    t2 = loop.create_task(worker("b", 2))
    r1 = await t1
    r2 = await t2
    print("results", r1, r2, "at", loop.time)
    try:
        await failing()
    except ZeroDivisionError as e:
        print("caught in main:", e)
    return "main done"

async def failing():
    await loop.sleep(1)
    return 1 / 0

m = loop.create_task(main())
loop.run()
print(m.result)
