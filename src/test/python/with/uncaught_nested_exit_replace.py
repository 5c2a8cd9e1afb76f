# Uncaught: inner __exit__ replaces the body's exception; the chain shows both.
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError(f"cleanup failed after {t.__name__}")

class Note:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        v.add_note("seen by Note.__exit__")
        return False

with Note():
    with Replace():
        x = [1, 2, 3]
        x[10]
