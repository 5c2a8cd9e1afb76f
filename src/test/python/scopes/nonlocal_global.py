counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)

def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    return step, peek
s, p = make_counter()
s(); s(); s()
print(p())

def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = mid()
    return r, x
print(outer())

def global_in_nested():
    def setg():
        global newglobal
        newglobal = 'created'
    setg()
global_in_nested()
print(newglobal)

def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 1
unbound()

def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 2
    return inner()
print(free_unbound())

def del_local():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        print(type(e).__name__, e)
del_local()
try:
    del undefined_global
except NameError as e:
    print(type(e).__name__, e)
