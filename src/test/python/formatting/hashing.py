# hashes and set/dict orders under PYTHONHASHSEED=0
print(hash('a'), hash('hello world'), hash(''), hash('é'), hash('日本'), hash('\U0001F600'))
print(hash(1), hash(-1), hash(2**61), hash(2**100), hash(-2**64), hash(1.5), hash(-0.5), hash(1e300), hash(float('inf')))
print(hash(()), hash((1, 2)), hash(('a', 1.5)), hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset('abc')))
print(hash(True), hash(2.0) == hash(2), hash((1, (2, 3))))
words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'kiwi', 'lemon', 'mango']
print({w for w in words})
print(set('abcdefghijklmnop'))
print(frozenset(['x', 'y', 'z', 'w']))
s = set()
for i in range(40):
    s.add('k%d' % i)
print(s)
print({'b', 'a'} | {'c', 'd'}, {'a', 'b', 'c'} - {'b'}, {'a', 'b', 'c', 'q'} & {'c', 'a', 'q'})
print({(1, 'a'), (2, 'b'), (3, 'c')}, {1.5, 2.5, 'x'})
