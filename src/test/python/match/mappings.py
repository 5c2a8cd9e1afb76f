def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle rest={rest}"
        case {1: one, **kw} if kw:
            return f"one={one} kw={kw}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0}, {1: "a", 2: "b"},
          {1: "a"}, {}, [], "type", 5]:
    print(f(v))

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print(others, type(others).__name__)
