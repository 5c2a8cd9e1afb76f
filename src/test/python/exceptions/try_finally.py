# try/except/else/finally with return, break and continue crossing finally blocks.
def f1():
    try:
        return 'try'
    finally:
        print('finally f1')


def f2():
    try:
        return 'try'
    finally:
        return 'finally wins'


def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('finally', i)
    else:
        print('no break')
    return i


def f4(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print('caught', e)
        r = None
    else:
        print('else branch', r)
    finally:
        print('finally f4')
    return r


def f5():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)


def f6():
    for i in range(3):
        try:
            try:
                if i == 0:
                    raise KeyError(i)
                if i == 1:
                    continue
                return i
            except KeyError as e:
                print('keyerror', e)
                continue
            finally:
                print('inner finally', i)
        finally:
            print('outer finally', i)


def f7():
    while True:
        try:
            break
        finally:
            print('break through finally')
    return 'after loop'


print(f1())
print(f2())
print(f3())
print(f4(2))
print(f4(0))
f5()
print(f6())
print(f7())

# The exception variable is deleted after the except clause.
try:
    raise TypeError('t')
except TypeError as err:
    pass
try:
    err
except NameError as e:
    print(e)


# finally runs when an exception passes through, and the exception continues.
def f8():
    try:
        1 / 0
    finally:
        print('f8 finally')


try:
    f8()
except ZeroDivisionError as e:
    print('propagated:', e)


# Return in finally swallows the exception.
def f9():
    try:
        raise RuntimeError('lost')
    finally:
        return 'swallowed'


print(f9())
