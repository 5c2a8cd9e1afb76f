def f(x):
    match x:
        case (1 | 2 | 3) as small if small != 2:
            return f"small odd {small}"
        case [(0 | 1) as a, (0 | 1) as b]:
            return f"bits {a}{b}"
        case {"k": (str() | float()) as v}:
            return f"k is text-ish {v!r}"
        case [x, y] | (x, y, _):
            return f"pairish {x} {y}"
        case str(s) if s.startswith("a") and len(s) > 2:
            return "a-word"
        case _ as anything:
            return f"fallback {anything!r}"

for v in [1, 2, 3, [0, 1], [1, 1], {"k": "s"}, {"k": 1}, [5, 6], (7, 8, 9), "abc", "ab", 4.0]:
    print(f(v))

calls = []
def guard(v):
    calls.append(v)
    return v > 2

for v in range(5):
    match v:
        case n if guard(n):
            print("guard ok", n)
        case n:
            print("guard failed", n)
print(calls)
