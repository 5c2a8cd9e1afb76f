# Permutations by recursion and by Heap's algorithm; counts and a checksum.
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out


def heap(n):
    a = list(range(n))
    c = [0] * n
    count = 1
    checksum = 0
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            count += 1
            checksum = (checksum * 31 + a[0] * 7 + a[-1]) % 1000000007
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1
    return count, checksum


ps = perms(list(range(9)))
print(len(ps), sum(p[0] * p[-1] for p in ps))
print(heap(9))
