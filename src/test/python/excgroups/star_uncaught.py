def f():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), TypeError("b"), ExceptionGroup("inner", [KeyError("c")])])
    except* TypeError:
        raise RuntimeError("replacement")
    except* KeyError as e:
        e.add_note("inner keys")
        raise
f()
