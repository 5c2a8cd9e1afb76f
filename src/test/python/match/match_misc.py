# The subject is evaluated once; captures leak into the enclosing scope; nested matches.
def subject():
    print("subject evaluated")
    return [1, (2, 3), {"k": [4]}]

match subject():
    case [a, (b, c), {"k": [d]}]:
        print(a, b, c, d)

def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["pick", "up", *items] if items:
            return "picking " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"

for c in ["go north", "go up", "pick up a b", "pick up", "quit", "exit", "", "dance now"]:
    print(repr(c), classify(c))

# match inside a loop with continue/break
for i in range(6):
    match i % 3:
        case 0:
            continue
        case 1 if i > 3:
            break
        case r:
            print("i", i, "r", r)

# star wildcard does not bind; match in a generator
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield k
            case [*_]:
                yield "seq"
print(list(gen([(1, 2), [1, 2, 3], (3, 4)])))

# capture in or-pattern rebinds in order
match (1, 2):
    case (x, 3) | (2, x) | (x, _):
        print("x =", x)
