# cooperative scheduling with plain generators
from_queue = []
def task(name, n):
    for i in range(n):
        got = yield f'{name}:{i}'
        if got:
            print(name, 'received', got)
    return f'{name} done'

def run(tasks):
    results = {}
    queue = list(tasks)
    step = 0
    while queue:
        t = queue.pop(0)
        try:
            v = t.send(step if step % 3 == 0 and step else None)
            print('yielded', v)
            queue.append(t)
        except StopIteration as e:
            results[t.__name__ + str(len(results))] = e.value
        step += 1
    return results

ts = [task('a', 2), task('b', 3)]
for t in ts:
    next(t)
print(run(ts))
