class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
    def __exit__(self, t, v, tb):
        print('exit', self.name, t)
        return False

def ret():
    with CM('ret'):
        return 'returned'
print(ret())

def ret_value_evaluated_before_exit():
    x = [1]
    with CM('order'):
        return x.pop()
print(ret_value_evaluated_before_exit())

for i in range(3):
    with CM(f'loop {i}'):
        if i == 0:
            continue
        if i == 1:
            break
print('after loop', i)

def nested_return():
    for i in range(2):
        with CM('outer'):
            with CM('inner'):
                return i
print(nested_return())

class Suppress(CM):
    def __exit__(self, t, v, tb):
        super().__exit__(t, v, tb)
        return True

def suppressed_return():
    with Suppress('s'):
        raise ValueError
    return 'after with'
print(suppressed_return())

def try_in_with():
    with CM('w'):
        try:
            return 'try'
        finally:
            print('finally inside with')
print(try_in_with())

def with_in_finally():
    try:
        return 'value'
    finally:
        with CM('in finally'):
            pass
print(with_in_finally())
