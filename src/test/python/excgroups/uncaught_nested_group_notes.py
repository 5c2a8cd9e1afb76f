# Uncaught nested group with notes on groups and leaves; boxed traceback layout.
def leaf(n):
    e = ValueError(f"leaf {n}")
    e.add_note(f"note for leaf {n}")
    return e

inner = ExceptionGroup("inner", [leaf(1), leaf(2)])
inner.add_note("inner note\nsecond line")
outer = ExceptionGroup("outer", [inner, TypeError("plain")])
outer.add_note("outer note")
raise outer
