# __suppress_context__ set by hand but __cause__ kept; and context hidden by "from None" deeper.
def low():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("low") from None

def mid():
    try:
        low()
    except ValueError as e:
        err = KeyError("mid")
        err.__cause__ = e
        err.__suppress_context__ = False
        raise err

try:
    mid()
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
    print(repr(e.__cause__.__context__), e.__cause__.__suppress_context__)

mid()
