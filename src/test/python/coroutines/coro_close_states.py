# close() on coroutines in every state, including ones that ignore GeneratorExit.
class Suspend:
    def __await__(self):
        yield "p"

async def simple():
    try:
        await Suspend()
        await Suspend()
    finally:
        print("simple finally")

c = simple()
c.close()
print("closed unstarted", c.cr_frame)
c = simple()
c.send(None)
c.close()
print("closed suspended", c.cr_frame)
c.close()
print("closed twice ok")

async def stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        print("got GeneratorExit")
        await Suspend()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

async def returning():
    try:
        await Suspend()
    except GeneratorExit:
        return 5

c = returning()
c.send(None)
print("close returns", c.close())

async def raising():
    try:
        await Suspend()
    finally:
        raise ValueError("from finally")

c = raising()
c.send(None)
try:
    c.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
