# uncaught: a subscript in a nested call, with wide characters before it
def g(d):
    return d["日本"]  
def h():
    return [g({})]
h()
