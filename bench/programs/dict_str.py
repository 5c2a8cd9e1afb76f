# Dictionaries and strings: word counts, string building, key lookups.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
         "sigma tau upsilon phi chi psi omega").split()


def text(n):
    out = []
    for i in range(n):
        out.append(WORDS[(i * 7 + i // 3) % len(WORDS)])
    return " ".join(out)


def count_words(s):
    counts = {}
    for w in s.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def build(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
        parts.append(",")
    return "".join(parts)


def lookups(d, n):
    hits = 0
    keys = list(d)
    for i in range(n):
        if keys[i % len(keys)] in d:
            hits += 1
        if ("x" + str(i % 50)) in d:
            hits += 1000
    return hits


s = text(400000)
c = count_words(s)
print(len(s), sorted(c.items())[:3])
b = build(300000)
print(len(b), b[:20])
print(lookups(c, 1000000))
