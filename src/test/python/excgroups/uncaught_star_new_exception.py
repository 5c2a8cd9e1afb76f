# Uncaught: a new exception raised in an except* handler while the rest is re-raised.
def work():
    raise ExceptionGroup("work failed", [ValueError("bad value"), KeyError("missing")])

try:
    work()
except* ValueError as g:
    raise RuntimeError("handler failed")
