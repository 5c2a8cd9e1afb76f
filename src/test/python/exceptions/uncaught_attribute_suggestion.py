class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

    def describe(self):
        return f'timeout={self.timeout}'

c = Config()
print(c.describe())
try:
    c.timout
except AttributeError as e:
    print(type(e).__name__, e, e.name)
print(c.retires)
