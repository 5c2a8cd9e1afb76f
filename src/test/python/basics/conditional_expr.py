def classify(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([classify(n) for n in (-1, 0, 1)])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or 'last', 'a' and 'b' and 'c')
print(not 0, not 1, not [], not [0])
calls = []
def f(x):
    calls.append(x)
    return x
f(0) and f(1)
f(1) or f(2)
f(1) and f(0) or f(3)
print(calls)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0, x is not None, x in [5] in [[5]])
y = (n := 10) + n
print(y, n)
if (m := len('abc')) > 2:
    print('walrus in if', m)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print('popped', item)
print(data)
