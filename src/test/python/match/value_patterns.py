class Color:
    RED = 1
    GREEN = 2
    BLUE = 3

class NS:
    class Inner:
        X = "x"

def f(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case NS.Inner.X:
            return "inner x"
        case _:
            return "unknown"

for v in [1, 2, 3, "x", 4]:
    print(v, f(v))

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", other)
        return other == 99

class Holder:
    E = Eq()

match 99:
    case Holder.E:
        print("matched via __eq__")
match 3:
    case Holder.E:
        print("wrong")
    case _:
        print("no match via __eq__")
