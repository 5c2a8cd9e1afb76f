class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        if self.n == 1:
            raise ValueError('tick failed')
        return self.n

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    out = []
    try:
        async for t in Ticker(4):
            out.append(t)
    except ValueError as e:
        out.append(str(e))
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        out.append(str(e))
    async for t in Ticker(1):
        out.append(t)
    else:
        out.append('else')
    return out
print(run(main()))
