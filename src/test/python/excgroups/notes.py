e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as x:
    print("TypeError", x)
e.__notes__ = "not a list"
try:
    e.add_note("z")
except TypeError as x:
    print("TypeError", x)
del e.__notes__
e.add_note("again")
print(e.__notes__)

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)

def f():
    e = RuntimeError("boom")
    e.add_note("Note A")
    e.add_note("multi\nline note")
    raise e
f()
