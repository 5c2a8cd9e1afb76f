import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual', e)


class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().x
except RecursionError as e:
    print('getattr', e)

# recover and recurse again
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 100)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
try:
    down(0)
except RecursionError:
    print('limit 200 hit')
print(depth(0) < 200)
sys.setrecursionlimit(1000)
