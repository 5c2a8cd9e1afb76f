# Plain recursion: Fibonacci, Ackermann, tree building and walking.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def make_tree(depth):
    if depth == 0:
        return None
    return (make_tree(depth - 1), depth, make_tree(depth - 1))


def walk(tree):
    if tree is None:
        return 0
    left, value, right = tree
    return walk(left) + value + walk(right)


print(fib(29))
print(ack(2, 300))
print(walk(make_tree(17)))
