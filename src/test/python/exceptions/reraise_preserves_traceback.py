def fail():
    raise ValueError('orig')

def names(tb):
    out = []
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out

def middle():
    try:
        fail()
    except ValueError as e:
        saved = e
    raise saved

try:
    middle()
except ValueError as e:
    print(names(e.__traceback__))

def with_tb():
    try:
        fail()
    except ValueError as e:
        raise RuntimeError('wrapped').with_traceback(e.__traceback__)
try:
    with_tb()
except RuntimeError as e:
    print(names(e.__traceback__))

def strip_tb():
    try:
        fail()
    except ValueError as e:
        raise e.with_traceback(None)
try:
    strip_tb()
except ValueError as e:
    print(names(e.__traceback__))
