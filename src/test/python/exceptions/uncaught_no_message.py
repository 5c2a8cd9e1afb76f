class Empty(Exception):
    pass
try:
    raise Empty
except Empty as e:
    print('caught', repr(e), repr(str(e)))
raise Empty()
