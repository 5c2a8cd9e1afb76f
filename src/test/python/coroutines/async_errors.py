class NoAiter:
    pass

class AiterNoAnext:
    def __aiter__(self):
        return self

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

class NoAenter:
    pass

class NoAexit:
    async def __aenter__(self):
        return self

class BadAenter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

class BadAexit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

async def use_for(x):
    async for i in x:
        pass

async def use_with(x):
    async with x:
        pass

def run(c):
    try:
        c.send(None)
    except StopIteration:
        print("finished")
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))

for x in [NoAiter(), AiterNoAnext(), BadAnext(), [1, 2]]:
    run(use_for(x))
for x in [NoAenter(), NoAexit(), BadAenter(), BadAexit()]:
    run(use_with(x))

async def raising_anext():
    async for x in Boom():
        pass

class Boom:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from anext")

run(raising_anext())
