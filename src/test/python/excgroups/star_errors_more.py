# Invalid except* uses detected at runtime.
def t(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)

def group_type():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass

def group_in_tuple():
    try:
        raise ValueError()
    except* (TypeError, BaseExceptionGroup):
        pass

def not_a_class():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* 42:
        pass

def not_class_in_tuple():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* (ValueError, "x"):
        pass

for fn in [group_type, group_in_tuple, not_a_class, not_class_in_tuple]:
    t(fn.__name__, fn)
print(compile("try:\n    pass\nexcept* ValueError:\n    pass\n", "s", "exec") is not None)
for src in ["try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n"]:
    try:
        compile(src, "s", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
