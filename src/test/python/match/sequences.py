def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [1, *rest]:
            return f"starts with 1, rest={rest}"
        case [*init, 9]:
            return f"ends with 9, init={init}"
        case [a, *_, z]:
            return f"first {a} last {z}"
        case _:
            return "no"

for v in [[], [1], (1, 2), [1, 2, 3], (5, 6, 9), [4, 5, 6, 7], range(3), range(0), "ab", {1: 2}, 5,
          [1, [2, 3]], (x for x in [])]:
    print(type(v).__name__, f(v))

def g(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(1 | 2) as first, *others] if len(others) > 1:
            return f"first={first} others={others}"
        case (a, b, *c):
            return f"tuple-pattern a={a} b={b} c={c}"
    return None

print(g([[1, 2], [3, 4]]))
print(g([2, 5, 6]))
print(g([3, 5, 6]))
print(g([1, 5]))
print(g("abc"))

match bytearray(b"ab") if False else "ab":
    case [x, y]:
        print("str matched?!")
    case _:
        print("str is not a sequence pattern")
