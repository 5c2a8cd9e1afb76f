# set iteration orders depend on str/bytes hashes: with PYTHONHASHSEED=0 they must equal CPython's
import sys
names = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon'.split()
s = set(names)
print(s)
for n in names[::3]:
    s.discard(n)
print(s)
s.update(n.upper() for n in names)
print(s)
print({n.encode() for n in names[:8]})
print({(n, len(n)) for n in names[:8]})
print(frozenset({'é', 'ü', '日本', '😀', 'a', 'ab', ''}))
print({1, 'one', 1.5, (1, 'one'), b'one', True, 2 ** 64})  # (None hashes by address in 3.11)
print(set('the quick brown fox jumps over the lazy dog'))
print({'x' * i for i in range(12)})
print(sorted(set(names)) == sorted(names), len(set(names)))
print(hash('ab') == hash(b'ab'), hash(b'') == 0, hash('') == 0, hash((None,)) == hash((None,)))
print(sys.hash_info.algorithm if hasattr(sys, 'hash_info') else 'siphash13')
