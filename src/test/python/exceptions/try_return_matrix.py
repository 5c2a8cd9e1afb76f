# return in each clause of try/except/else/finally: which value wins
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')

def f2():
    try:
        return 'try'
    finally:
        return 'finally'

def f3():
    try:
        raise ValueError('x')
    except ValueError:
        return 'except'
    finally:
        print('f3 finally')

def f4():
    try:
        raise ValueError('x')
    except ValueError:
        return 'except'
    finally:
        return 'finally'

def f5():
    try:
        pass
    except ValueError:
        return 'except'
    else:
        return 'else'
    finally:
        print('f5 finally')

def f6():
    try:
        pass
    except KeyError:
        pass
    else:
        return 'else'
    finally:
        return 'finally'
    
def f7():
    try:
        raise KeyError('k')
    finally:
        return 'swallowed'

def f8():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)

def f9():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')

def f10():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('f10 finally', i)

for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
    print(f.__name__, f())
