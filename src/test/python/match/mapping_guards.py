# Mapping patterns with **rest, guards with side effects, and custom mappings.
log = []

def check(v, tag):
    log.append(tag)
    return v

def handle(msg):
    match msg:
        case {"type": "move", "dx": dx, "dy": dy, **rest} if check(dx or dy, "g1"):
            return f"move {dx},{dy} extra={rest}"
        case {"type": "move"}:
            return "zero move"
        case {"type": "say", "text": str(t)} if check(len(t) < 10, "g2"):
            return f"say {t}"
        case {"type": "say", "text": t}:
            return f"long say {t[:5]}..."
        case {"type": str(kind), **rest} if not rest:
            return f"bare {kind}"
        case {}:
            return "other mapping"
        case _:
            return "not a mapping"

for m in [{"type": "move", "dx": 1, "dy": 0, "speed": 3}, {"type": "move", "dx": 0, "dy": 0},
          {"type": "say", "text": "hi"}, {"type": "say", "text": "a very long text"},
          {"type": "ping"}, {"type": "ping", "x": 1}, {}, [("type", "move")]]:
    print(handle(m))
print(log)

class Lazy(dict):
    def __getitem__(self, k):
        print("  getitem", k)
        return super().__getitem__(k)
    def get(self, k, d=None):
        print("  get", k)
        return super().get(k, d)

match Lazy(a=1, b=2):
    case {"a": 1, "c": _}:
        print("no")
    case {"a": 1, "b": b}:
        print("matched b", b)

try:
    compile('match {"a": 1}:\n    case {"a": 1, "a": 2}:\n        pass\n', "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
