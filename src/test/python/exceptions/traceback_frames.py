def a():
    b()
def b():
    c()
def c():
    raise ValueError('deep')

try:
    a()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

def reraise_in_middle():
    try:
        a()
    except ValueError:
        raise
try:
    reraise_in_middle()
except ValueError as e:
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(out)

def handler_line():
    try:
        raise KeyError(1)
    except KeyError:
        return sys_exc()
def sys_exc():
    import sys
    return sys.exc_info()[2].tb_lineno
print('handler tb line', handler_line())
