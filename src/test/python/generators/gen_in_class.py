class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), list(t.depth_first()), sum(t), max(t), 4 in t, 5 in t)
it = iter(t)
print(type(it).__name__, next(it), next(it))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), [x * y for x in c for y in c if x > y])
