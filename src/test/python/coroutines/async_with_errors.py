class ACM:
    def __init__(self, suppress=False, fail_exit=False):
        self.suppress = suppress
        self.fail_exit = fail_exit
    async def __aenter__(self):
        print('aenter')
        return self
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        if self.fail_exit:
            raise RuntimeError('aexit failed')
        return self.suppress

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    async with ACM(suppress=True):
        raise ValueError('suppressed')
    try:
        async with ACM():
            raise KeyError('propagates')
    except KeyError as e:
        print('caught', repr(e))
    try:
        async with ACM(fail_exit=True):
            raise IndexError('original')
    except RuntimeError as e:
        print('caught', repr(e), repr(e.__context__))
    try:
        async with object():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    return 'main done'
print(run(main()))
