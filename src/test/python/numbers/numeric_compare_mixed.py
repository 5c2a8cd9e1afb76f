print(1 < 1.5 < 2, 2 ** 64 > 1.8e19, 2 ** 64 == 2.0 ** 64, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(10 ** 400 > float('inf'), 10 ** 400 < float('inf'), 1 == True, 0 == False, 2 == True)
print(1 < 2 > 0, 1 < 2 < 1, (1 < 2) < 3, 3 > 2 == 2, 'a' < 'b' < 'c')
print(sorted([3, 1.5, True, 2 ** 70, -1, 0.0]))
print(max(1, 1.0, True), min(0.0, 0, False), [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [] < [0])
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
print(None == None, None == 0, None is None, 1 != 1.0, float('nan') != float('nan'))
def cmp_chain(v):
    calls = []
    def f(x):
        calls.append(x)
        return x
    r = f(1) < f(v) < f(3)
    return r, calls
print(cmp_chain(2), cmp_chain(0))
