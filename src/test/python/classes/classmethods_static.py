class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def total(cls):
        return cls.count
    @staticmethod
    def helper(x, y=2):
        return x * y
class Sub(Counter):
    count = 100
Counter.make(2)
print(Counter.total(), Counter().total(), Counter.helper(3), Counter().helper(3, 3))
print(Sub.total(), type(Sub.make(1)[0]).__name__, Sub.count, Counter.count)
print(type(Counter.__dict__['make']).__name__, type(Counter.__dict__['helper']).__name__)
print(Counter.__dict__['helper'].__func__(5), Counter.make.__self__ is Counter)
class Alt:
    def regular(self):
        return 'regular'
    regular_cm = classmethod(regular)
    regular_sm = staticmethod(regular)
print(Alt.regular_cm(), Alt.regular_sm(1), Alt().regular())
try:
    Alt.regular()
except TypeError as e:
    print(type(e).__name__, e)
