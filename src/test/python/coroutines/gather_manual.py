class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def __await__(self):
        if not self.done:
            yield self
        return self.result

async def worker(name, fut):
    print(name, 'waiting')
    v = await fut
    print(name, 'got', v)
    return name.upper()

def run_all(coros):
    pending = list(coros)
    results = {}
    waiting = {}
    while pending or waiting:
        for c in list(pending):
            pending.remove(c)
            try:
                fut = c.send(None)
                waiting[c] = fut
            except StopIteration as e:
                results[c.__qualname__ + str(len(results))] = e.value
        for c, fut in list(waiting.items()):
            fut.done = True
            fut.result = id(fut) and 'value'
            del waiting[c]
            try:
                c.send(None)
            except StopIteration as e:
                results[c.__qualname__ + str(len(results))] = e.value
    return results

print(run_all([worker('a', Future()), worker('b', Future())]))
