# Uncaught exception in a nested class body called from a function.
def make():
    class Outer:
        class Inner:
            values = {"a": 1}
            b = values["b"]
    return Outer

make()
