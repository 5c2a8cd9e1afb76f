# Re-raise and new exceptions inside except* handlers: how the results are combined.
def trial(label, body):
    try:
        body()
    except BaseException as e:
        print(label, "->", repr(e))
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                print("    ", repr(x), "context:", repr(x.__context__) if not isinstance(x, BaseExceptionGroup) else "-")
    else:
        print(label, "-> no exception")

eg = lambda: ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])

def reraise_one():
    try:
        raise eg()
    except* ValueError:
        raise

def reraise_all():
    try:
        raise eg()
    except* ValueError:
        raise
    except* TypeError:
        raise
    except* KeyError:
        raise

def new_exc():
    try:
        raise eg()
    except* ValueError:
        raise RuntimeError("new")

def new_and_reraise():
    try:
        raise eg()
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise

def raise_from():
    try:
        raise eg()
    except* KeyError as g:
        raise LookupError("wrapped") from g

def handled_all():
    try:
        raise eg()
    except* (ValueError, TypeError, KeyError):
        pass

def raise_caught_group():
    try:
        raise eg()
    except* ValueError as g:
        raise g

for f in [reraise_one, reraise_all, new_exc, new_and_reraise, raise_from, handled_all, raise_caught_group]:
    trial(f.__name__, f)
