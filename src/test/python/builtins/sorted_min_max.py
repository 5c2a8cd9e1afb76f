data = [('b', 2), ('a', 3), ('c', 1), ('a', 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted('banana'), sorted({3: 'x', 1: 'y'}), sorted([]))
print(min(data), max(data), min(data, key=lambda t: t[1]), max(data, key=lambda t: (t[1], t[0])))
print(min([], default='none'), max([], default=None), min(3, 1, 2), max('abc', 'b', key=len))
print(min([5], default=0), max(iter([1, 9, 3])))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
# stability
words = ['bb', 'a', 'cc', 'd', 'ee']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
l = [3, 1, 2]
l.sort(key=lambda v: -v)
print(l)
print(max([1, 2, 3], key=lambda v: v % 3), min('hello', key=ord))
