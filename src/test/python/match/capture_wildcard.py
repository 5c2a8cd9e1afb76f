def f(x):
    match x:
        case 42:
            return "answer"
        case int(n) if n < 0:
            return f"negative {n}"
        case n:
            return f"captured {n!r}"

for v in [42, -5, 10, "s", None]:
    print(f(v))

match 5:
    case _:
        print("wildcard matched")

match (1, 2):
    case whole:
        print("whole", whole)
print(whole)
