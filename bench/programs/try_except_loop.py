# try/except/finally in a hot loop where nothing is raised: the table-based model should cost nothing.
def work(n):
    total = 0
    for i in range(n):
        try:
            total += i * 2
        except ValueError:
            total -= 1
        try:
            try:
                total ^= i
            finally:
                total += 1
        except (TypeError, KeyError):
            total = 0
    return total


print(work(5000000))
