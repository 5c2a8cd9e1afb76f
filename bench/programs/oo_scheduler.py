# An object-oriented task scheduler in the style of the Richards benchmark: tasks with priorities,
# queues of packets, polymorphic run() methods and state held in instance attributes.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.hold = False
        self.runs = 0

    def ready(self):
        return not self.hold and self.queue is not None

    def take(self):
        p = self.queue
        self.queue = p.link
        return p

    def run(self, packet):
        raise NotImplementedError


class Worker(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.dest = 2
        self.count = 0

    def run(self, packet):
        self.runs += 1
        self.dest = 3 if self.dest == 2 else 2
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            self.count = (self.count + 1) % 26
            packet.data[i] = self.count
        return self.scheduler.send(packet)


class Handler(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.processed = 0

    def run(self, packet):
        self.runs += 1
        self.processed += sum(packet.data) + packet.datum
        packet.datum += 1
        if packet.datum < 4:
            packet.ident = 1
        else:
            packet.ident = 0 if self.ident == 3 else 1
            packet.datum = 0
        return self.scheduler.send(packet)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.sent = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def send(self, packet):
        self.sent += 1
        target = self.tasks[packet.ident]
        target.queue = packet.append_to(target.queue)
        return target

    def schedule(self, limit):
        steps = 0
        while steps < limit:
            task = None
            for t in sorted(self.tasks.values(), key=lambda t: -t.priority):
                if t.ready():
                    task = t
                    break
            if task is None:
                break
            task.run(task.take())
            steps += 1
        return steps


s = Scheduler()
queue = None
for k in range(6):
    queue = Packet(None, 1, k).append_to(queue)
s.add(Worker(s, 1, 1000, queue))
s.add(Worker(s, 0, 500, None))
s.add(Handler(s, 2, 2000, None))
s.add(Handler(s, 3, 3000, None))
steps = s.schedule(60000)
print(steps, s.sent, [(t.ident, t.runs) for t in s.tasks.values()])
print(sum(getattr(t, "processed", 0) for t in s.tasks.values()))
