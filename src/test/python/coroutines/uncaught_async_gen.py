# An exception escaping an async generator's athrow() propagates with context.
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        yield 1
    except ValueError:
        raise TypeError("converted")

g = agen()
print(run(g.__anext__()))
run(g.athrow(ValueError("original")))
