log = []
def step(name, fail=False):
    log.append(name)
    if fail:
        raise ValueError(name)

def run(fail_try, fail_else, fail_finally):
    log.clear()
    try:
        try:
            step('try', fail_try)
        except ValueError:
            step('except')
        else:
            step('else', fail_else)
        finally:
            step('finally', fail_finally)
    except ValueError as e:
        log.append('outer caught ' + str(e))
    return log[:]

for a in (False, True):
    for b in (False, True):
        for c in (False, True):
            print(a, b, c, run(a, b, c))

# exception raised in except clause still runs finally
def exc_in_except():
    try:
        try:
            raise ValueError
        except ValueError:
            raise TypeError('from except')
        finally:
            print('finally ran')
    except TypeError as e:
        print('outer', e)
exc_in_except()
