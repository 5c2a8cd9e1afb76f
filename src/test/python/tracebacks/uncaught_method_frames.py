# Traceback through methods, properties, dunder methods and lambdas.
class Vec:
    def __init__(self, xs):
        self.xs = xs
    @property
    def norm(self):
        return sum(map(lambda x: x * x, self.xs)) ** 0.5
    def __add__(self, other):
        return Vec([a + b for a, b in zip(self.xs, other.xs, strict=True)])
    def __repr__(self):
        return f"Vec({self.xs})"

v = Vec([1, 2]) + Vec([3, 4])
print(v, v.norm)
w = Vec([1, "2"])
print(w.norm)
