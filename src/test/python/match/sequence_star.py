# Sequence patterns with star captures, nested patterns, and what counts as a sequence.
def kind(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [first, *_, last] if first == last:
            return f"bookends {first!r}"
        case [int() | float() as a, *mid, str(b)]:
            return f"num..str {a} {mid} {b}"
        case [[x, y], *rest]:
            return f"pair-first {x},{y} rest={rest}"
        case [*init, (1, 2)]:
            return f"ends with (1,2) after {init}"
        case (a, b, *c):
            return f"generic {a} {b} {c}"
        case _:
            return f"not seq {type(s).__name__}"

for s in [[], (), [1], "abc", b"ab", bytearray(b"x"), [1, 2, 1], (1, 5, 6, "z"), [[1, 2], 3], [0, 9, (1, 2)],
          range(3), {1: 2}, {1, 2}, iter([1, 2])]:
    print(type(s).__name__, "->", kind(s))

match [1, 2, 3, 4, 5]:
    case [1, *rest] if len(rest) > 3:
        print("rest type", type(rest).__name__, rest)
match (1, 2):
    case [a, b, *c]:
        print("tuple star is list:", c, type(c).__name__)
