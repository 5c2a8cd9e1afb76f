class Resource:
    def close(self):
        raise RuntimeError('close failed')

def work():
    r = Resource()
    try:
        {}['missing']
    finally:
        r.close()

print('start')
work()
