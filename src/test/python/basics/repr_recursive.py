l = [1]
l.append(l)
print(l, repr(l))
d = {'a': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
s = [l, d]
print(s)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f'Node({self.children!r})'
n = Node()
n.children.append(n)
try:
    print(n)
except RecursionError as e:
    print(type(e).__name__)
print(str([1, 'a', 2.5, None, True]), str(('x',)), str({1: 'one'}), [str], [print])
print(repr(''), repr([]), repr(()), repr({}), repr(set()), repr(frozenset()), repr(range(3)), repr(slice(1, 2)))
