class P:
    __match_args__ = ("a",)
    a = 1
    b = 2

class BadArgs:
    __match_args__ = ["a"]

class BadElem:
    __match_args__ = (1,)

class NoMA:
    pass

def run(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

def t1():
    match P():
        case P(x, y):
            return "no"
def t2():
    match BadArgs():
        case BadArgs(x):
            return "no"
def t3():
    match BadElem():
        case BadElem(x):
            return "no"
def t4():
    match NoMA():
        case NoMA(x):
            return "no"
def t5():
    match P():
        case P(x, a=2):
            return "no"
def t6():
    notatype = 5
    match 3:
        case notatype.real():
            return "no"
def t7():
    match 5:
        case int(x, y):
            return "no"
def t8():
    match [1, 2]:
        case [1, 2, 3] | [1, *_]:
            return "seq or"
def t9():
    match P():
        case P(b=2, a=1):
            return "kw in any order ok"
def t10():
    x = "a"
    class K:
        A = "a"
    match {"a": 1}:
        case {K.A: 1, "a": 1}:
            return "no"

for t in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10]:
    run(t)
