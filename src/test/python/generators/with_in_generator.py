class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def gen():
    with CM("a") as a:
        yield a
        with CM("b") as b:
            yield b
    yield "after"

it = gen()
print(next(it), next(it))
it.close()
print("closed early")

it = gen()
print(next(it))
try:
    it.throw(ValueError("into with"))
except ValueError as e:
    print("propagated", e)
print(list(gen()))
