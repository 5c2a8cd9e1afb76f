"""Timing companion of src/test/java/pyj/modules/sre/SreBenchTest.java: for a few typical
patterns and subjects, prints the code CPython 3.11 compiles, the subject, and how long CPython's
_sre takes per operation, so the Java side can time the same work.

Output: one TAB-separated line per benchmark:
  name, op (search|findall|match_each_pos|sub), flags, groups, code, subject (hex code points),
  CPython microseconds per operation
"""
import random
import re
import sys
import timeit
from re import _compiler, _parser

assert sys.version_info[:2] == (3, 11), sys.version

rng = random.Random(7)
WORDS = ("the quick brown fox jumps over lazy dog regular expression engine python java "
         "backtracking state machine 2024 42 1311 hello world foo bar baz").split()
TEXT = " ".join(rng.choice(WORDS) for _ in range(20000))
LINES = "\n".join(
    rng.choice(["    x = 1", "# comment", "", "def f(a, b):", "    return a + b  # sum", "   "])
    for _ in range(5000))
NUMS = " ".join("%d-%d" % (rng.randint(0, 9999), rng.randint(0, 9999)) for _ in range(10000))
JSONISH = ", ".join(rng.choice(['"key"', '123', '-4.5e3', 'true', 'null', '"v a l"', '[1, 2]'])
                    for _ in range(8000))
HAY = "abcdefghij" * 100000 + "needle"

BENCH = [
    ("words", r"\b\w+\b", 0, TEXT, "findall"),
    ("email-miss", r"[a-z]+@[a-z]+\.com", 0, TEXT, "search"),
    ("pairs", r"(\d+)-(\d+)", 0, NUMS, "findall"),
    ("lines", r"^\s*(#.*)?$", re.M, LINES, "findall"),
    ("literal-1MB", r"needle", 0, HAY, "search"),
    ("ignorecase", r"(?i)ENGINE\s+PYTHON", 0, TEXT, "findall"),
    ("tokens", r'\s*(?:("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(true|false|null)|([\[\]{},:]))',
     0, JSONISH, "match_each_pos"),
    ("dup-words", r"\b(\w+)\s+\1\b", 0, TEXT, "findall"),
    ("sub-spaces", r"\s+", 0, TEXT, "sub"),
    ("lazy-dotall", r"(?s)fox.*?dog", 0, TEXT, "findall"),
]


def run_op(p, op, s):
    if op == "search":
        return p.search(s)
    if op == "findall":
        return p.findall(s)
    if op == "sub":
        return p.subn("-", s)
    if op == "match_each_pos":
        pos, n = 0, 0
        while True:
            m = p.match(s, pos)
            if not m or m.end() == pos:
                return n
            pos = m.end()
            n += 1
    raise ValueError(op)


for name, pattern, flags, subject, op in BENCH:
    pp = _parser.parse(pattern, flags)
    code = _compiler._code(pp, flags)
    p = re.compile(pattern, flags)
    t = timeit.Timer(lambda: run_op(p, op, subject))
    n, total = t.autorange()
    best = min([total] + t.repeat(1, n)) / n
    print("\t".join([name, op, str(p.flags), str(p.groups), ",".join(str(int(c)) for c in code),
                     ",".join("%x" % ord(c) for c in subject), "%.1f" % (best * 1e6)]))
